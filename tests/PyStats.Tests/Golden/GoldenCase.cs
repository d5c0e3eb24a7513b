namespace PyStats.Tests.Golden;

/// <summary>
/// One parity case found on disk. <see cref="Inputs"/> are the paths passed to pystats, in
/// order; <see cref="Expected"/> is the file its output must equal byte for byte.
/// </summary>
public sealed record GoldenCase(string Name, IReadOnlyList<string> Inputs, string Expected)
{
    public override string ToString() => Name;
}
