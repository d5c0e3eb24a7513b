using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Golden;

/// <summary>
/// Discovers parity cases in the corpus layout (<c>../shared/corpus</c> and <c>samples/</c>):
/// <c>VERSION/CASE/raw</c>, <c>VERSION/CASE/expected.json</c> or <c>VERSION/CASE/input.json</c>
/// with <c>VERSION/CASE/expected.md</c>, and <c>VERSION/compare-BASE-vs-HEAD.md</c>. Every case
/// on disk becomes a test; nothing is listed by hand.
/// </summary>
public static class GoldenCases
{
    public static IEnumerable<string> Roots()
    {
        yield return RepoPaths.Corpus;
        yield return RepoPaths.Samples;
    }

    public static IEnumerable<string> CaseDirectories() =>
        Roots().Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateDirectories(root).SelectMany(Directory.EnumerateDirectories))
            .Where(dir => File.Exists(Path.Combine(dir, "expected.md")))
            .OrderBy(d => d, StringComparer.Ordinal);

    /// <summary>Single reports: from raw/, from expected.json, from input.json.</summary>
    public static IEnumerable<GoldenCase> SingleReports()
    {
        foreach (string dir in CaseDirectories())
        {
            string expected = Path.Combine(dir, "expected.md");
            foreach (string input in Sources(dir))
            {
                yield return new GoldenCase(Describe(input), [input], expected);
            }
        }
    }

    /// <summary>Comparisons, once from each kind of source the two cases share (raw, JSON).</summary>
    public static IEnumerable<GoldenCase> Comparisons()
    {
        foreach (string root in Roots().Where(Directory.Exists))
        {
            foreach (string versionDir in Directory.EnumerateDirectories(root).OrderBy(d => d, StringComparer.Ordinal))
            {
                foreach (string file in Directory.EnumerateFiles(versionDir, "compare-*-vs-*.md").OrderBy(f => f, StringComparer.Ordinal))
                {
                    string name = Path.GetFileNameWithoutExtension(file)["compare-".Length..];
                    var (baseCase, headCase) = SplitComparison(versionDir, name);
                    var baseSources = Sources(Path.Combine(versionDir, baseCase)).ToList();
                    var headSources = Sources(Path.Combine(versionDir, headCase)).ToList();
                    foreach (string kind in new[] { "raw", "expected.json", "input.json" })
                    {
                        string? b = baseSources.FirstOrDefault(s => Path.GetFileName(s) == kind);
                        string? h = headSources.FirstOrDefault(s => Path.GetFileName(s) == kind);
                        if (b is not null && h is not null)
                        {
                            yield return new GoldenCase($"{Describe(file)} from {kind}", [b, h], file);
                        }
                    }
                }
            }
        }
    }

    /// <summary>Raw directories that have a merged JSON made from them (for --json-output).</summary>
    public static IEnumerable<(string Raw, string ExpectedJson)> JsonOutputs() =>
        CaseDirectories()
            .Where(d => Directory.Exists(Path.Combine(d, "raw")) && File.Exists(Path.Combine(d, "expected.json")))
            .Select(d => (Path.Combine(d, "raw"), Path.Combine(d, "expected.json")));

    private static IEnumerable<string> Sources(string caseDir)
    {
        foreach (string name in new[] { "raw", "expected.json", "input.json" })
        {
            string path = Path.Combine(caseDir, name);
            if (Directory.Exists(path) || File.Exists(path))
            {
                yield return path;
            }
        }
    }

    /// <summary>"a-b-vs-c-d" → (a-b, c-d), checking the case directories exist (names may contain "-vs-").</summary>
    private static (string Base, string Head) SplitComparison(string versionDir, string name)
    {
        int at = -1;
        while ((at = name.IndexOf("-vs-", at + 1, StringComparison.Ordinal)) >= 0)
        {
            string b = name[..at];
            string h = name[(at + 4)..];
            if (Directory.Exists(Path.Combine(versionDir, b)) && Directory.Exists(Path.Combine(versionDir, h)))
            {
                return (b, h);
            }
        }

        throw new InvalidOperationException($"{versionDir}/compare-{name}.md names no pair of case directories");
    }

    private static string Describe(string path)
    {
        string root = Roots().First(r => path.StartsWith(r, StringComparison.Ordinal));
        string label = root == RepoPaths.Samples ? "samples" : "corpus";
        return label + "/" + Path.GetRelativePath(root, path);
    }
}
