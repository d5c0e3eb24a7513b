using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.History;

/// <summary>
/// Over the real pipeline tree ../shared/results-2024 (only when it is there): after ingesting
/// it, every pair of runs with a published comparison compares from the store byte for byte as
/// comparing the original JSON files does, with the published report's date. The repository's
/// own copy of a few published runs (tests/data/published, same layout) is always a case, so a
/// bare clone runs this test too.
/// </summary>
public sealed class Results2024CompareTests
{
    public static string Tree => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "results-2024"));

    public static string InRepoTree => Path.Combine(RepoPaths.Root, "tests", "data", "published");

    public static TheoryData<string> Trees()
    {
        var trees = new TheoryData<string> { InRepoTree };
        if (Directory.Exists(Tree))
        {
            trees.Add(Tree);
        }

        return trees;
    }

    [Theory]
    [MemberData(nameof(Trees))]
    public void Every_published_pair_compares_identically_from_the_store(string tree)
    {
        using var temp = new TempDirectory();
        string db = temp.File("results.duckdb");
        var ingest = CliRun.Invoke(["history", "ingest", tree, "--db", db, "--format", "csv"], new Dictionary<string, string>());
        Assert.Equal(0, ingest.ExitCode);
        Assert.Equal(string.Empty, ingest.Error);

        var ids = CliRun.Invoke(["history", "sql", "SELECT source_path, run_id FROM runs", "--db", db, "--format", "csv"], new Dictionary<string, string>())
            .Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[1]);
        var rows = File.ReadAllLines(Path.Combine(tree, "index.tsv")).Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.Equal(rows.Count, ids.Count);
        var jsonOf = rows.ToDictionary(r => r[0], r => Path.Combine(tree, r[1]));
        int compared = 0;
        foreach (var row in rows.Where(r => r[9] != "-"))
        {
            string published = File.ReadAllLines(Path.Combine(tree, row[9]))[^1];
            string date = published["Stats gathered on: ".Length..];
            string baseJson = jsonOf[row[10]], headJson = jsonOf[row[0]];
            var fromFiles = CliRun.Invoke(baseJson, headJson, "--date", date);
            var fromStore = CliRun.Invoke(["history", "compare", ids[baseJson], ids[headJson], "--db", db, "--date", date], new Dictionary<string, string>());
            Assert.Equal(0, fromStore.ExitCode);
            Assert.True(fromFiles.Out == fromStore.Out, $"history compare {ids[baseJson]} {ids[headJson]} differs from comparing {baseJson} {headJson}");
            Assert.EndsWith(published + "\n", fromStore.Out);
            compared++;
        }

        Assert.Equal(rows.Count(r => r[9] != "-"), compared);
        Assert.True(compared > 0, $"{tree}: no published comparison");
    }
}
