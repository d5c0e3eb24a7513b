using System.Text;
using CsCheck;
using PyStats.Report.Building;

namespace PyStats.Tests.Report;

/// <summary>Slugs (ids of sections, tables and HTML rows) against plain string code.</summary>
public sealed class SlugTests
{
    [Fact]
    public void Slug_keeps_lowered_letters_digits_and_underscores_and_joins_the_rest_with_one_dash()
    {
        // ASCII with every kind of character, plus letters whose lower case is ASCII ('K' Kelvin) or longer text.
        Gen.OneOf(Gen.Char["aZ09_-/ .[]"].Array[0, 40], Gen.Char["aZ_ \u212A\u00C9\u0130/"].Array[0, 40], Gen.Char["Ab-"].Array[250, 300])
            .Select(chars => new string(chars))
            .Sample(text => Assert.Equal(Plain(text), ReportBuilder.Slug(text)));
    }

    [Theory]
    [InlineData("LOAD_FAST", "load_fast")]
    [InlineData("Predecessor/Successor Pairs", "predecessor-successor-pairs")]
    [InlineData("already-a-slug", "already-a-slug")]
    [InlineData("--", "table")]
    [InlineData("", "table")]
    public void Slug_of_known_titles(string text, string expected) => Assert.Equal(expected, ReportBuilder.Slug(text));

    private static string Plain(string text)
    {
        var sb = new StringBuilder();
        foreach (char c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '_')
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        string slug = sb.ToString().TrimEnd('-');
        return slug.Length > 0 ? slug : "table";
    }
}
