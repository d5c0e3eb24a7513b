namespace PyStats.Tests.Infrastructure;

/// <summary>Locates the repository, its samples, its parity data and the shared corpus beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>
    /// The parity corpus kept in the repository (<c>tests/data/parity</c>, a copy of the shared
    /// corpus): what every test that needs real data reads, so a bare clone tests itself.
    /// </summary>
    public static string Corpus => Path.Combine(Root, "tests", "data", "parity");

    /// <summary>
    /// <c>../shared/corpus</c> next to the checkout, or <c>PYSTATS_CORPUS</c>: optional extra
    /// parity cases; may not exist.
    /// </summary>
    public static string SharedCorpus =>
        Environment.GetEnvironmentVariable("PYSTATS_CORPUS") is { Length: > 0 } env
            ? Path.GetFullPath(env)
            : Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PyStats.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("PyStats.slnx not found above " + AppContext.BaseDirectory);
    }
}
