/// <summary>
/// Finds the parity corpus: PYSTATS_CORPUS, else ../shared/corpus beside the repository, else the
/// copy kept in the repository (tests/data/parity), so a bare clone benchmarks too.
/// </summary>
internal static class Corpus
{
    public static string Root { get; } = Find();

    public static IReadOnlyList<string> RawFiles() =>
        Directory.EnumerateFiles(Root, "*.txt", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "raw")
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    public static string LargestJson() =>
        Directory.EnumerateFiles(Root, "expected.json", SearchOption.AllDirectories).OrderByDescending(f => new FileInfo(f).Length).First();

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("PYSTATS_CORPUS") is { Length: > 0 } given)
        {
            return given;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PyStats.slnx")))
            {
                string shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
                return Directory.Exists(shared) ? shared : Path.Combine(dir.FullName, "tests", "data", "parity");
            }
        }

        throw new InvalidOperationException("corpus not found: set PYSTATS_CORPUS");
    }
}
