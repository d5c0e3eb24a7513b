namespace PyStats.Tests.Golden;

/// <summary>One pass over the parity roots: the cases of each kind, without repeats, and the counts.</summary>
public sealed class ParityDiscovery
{
    private static readonly string[] SourceNames = ["raw", "expected.json", "input.json"];

    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private int _run;
    private int _repeated;

    public List<GoldenCase> Singles { get; } = [];

    public List<GoldenCase> Comparisons { get; } = [];

    public List<GoldenCase> JsonOutputs { get; } = [];

    public List<ParityCount> Counts { get; } = [];

    public static ParityDiscovery Run(IEnumerable<ParityRoot> roots)
    {
        var discovery = new ParityDiscovery();
        foreach (var root in roots)
        {
            discovery._run = discovery._repeated = 0;
            if (root.IsPresent)
            {
                discovery.Scan(root);
            }
            else if (!root.Optional)
            {
                throw new InvalidOperationException($"parity cases not found at {root.Path}");
            }

            discovery.Counts.Add(new ParityCount(root, discovery._run, discovery._repeated));
        }

        return discovery;
    }

    private void Scan(ParityRoot root)
    {
        foreach (string versionDir in Ordered(Directory.EnumerateDirectories(root.Path)))
        {
            foreach (string caseDir in Ordered(Directory.EnumerateDirectories(versionDir)))
            {
                string expected = Path.Combine(caseDir, "expected.md");
                if (!File.Exists(expected))
                {
                    continue;
                }

                foreach (string input in Sources(caseDir))
                {
                    Add(Singles, "single", root, input, [input], expected);
                }

                string raw = Path.Combine(caseDir, "raw");
                string json = Path.Combine(caseDir, "expected.json");
                if (Directory.Exists(raw) && File.Exists(json))
                {
                    Add(JsonOutputs, "json-output", root, raw, [raw], json);
                }
            }

            foreach (string file in Ordered(Directory.EnumerateFiles(versionDir, "compare-*-vs-*.md")))
            {
                string name = Path.GetFileNameWithoutExtension(file)["compare-".Length..];
                var (baseCase, headCase) = SplitComparison(versionDir, name);
                var baseSources = Sources(Path.Combine(versionDir, baseCase)).ToList();
                var headSources = Sources(Path.Combine(versionDir, headCase)).ToList();
                foreach (string kind in SourceNames)
                {
                    string? b = baseSources.FirstOrDefault(s => Path.GetFileName(s) == kind);
                    string? h = headSources.FirstOrDefault(s => Path.GetFileName(s) == kind);
                    if (b is not null && h is not null)
                    {
                        Add(Comparisons, "comparison", root, file, [b, h], file, $" from {kind}");
                    }
                }
            }
        }
    }

    private void Add(List<GoldenCase> list, string kind, ParityRoot root, string named, IReadOnlyList<string> inputs, string expected, string suffix = "")
    {
        if (!_seen.Add(kind + ":" + CaseFingerprint.Of(expected, inputs)))
        {
            _repeated++;
            return;
        }

        _run++;
        string name = root.Label + "/" + Path.GetRelativePath(root.Path, named).Replace('\\', '/') + suffix;
        list.Add(new GoldenCase(name, inputs, expected));
    }

    private static IEnumerable<string> Ordered(IEnumerable<string> paths) => paths.OrderBy(p => p, StringComparer.Ordinal);

    private static IEnumerable<string> Sources(string caseDir) =>
        SourceNames.Select(name => Path.Combine(caseDir, name)).Where(path => Directory.Exists(path) || File.Exists(path));

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
}
