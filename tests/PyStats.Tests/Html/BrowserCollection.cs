namespace PyStats.Tests.Html;

/// <summary>Every browser test class shares one <see cref="BrowserFixture"/> (one Chromium).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
