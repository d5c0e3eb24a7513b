namespace PyStats.Tests.Infrastructure;

/// <summary>Locates the repository, its samples and the shared parity corpus beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary><c>../shared/corpus</c> next to the checkout, or <c>PYSTATS_CORPUS</c>.</summary>
    public static string Corpus =>
        Environment.GetEnvironmentVariable("PYSTATS_CORPUS") is { Length: > 0 } env
            ? env
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
