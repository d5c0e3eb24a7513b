using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Golden;

/// <summary>
/// Reports a benchmark pipeline published, in the results-2024 layout: <c>index.tsv</c> names each
/// run's JSON, its single report (pipeline header before <c>## Execution counts</c>) and its
/// comparison against <c>base_run_folder</c>'s JSON. Roots: the in-repo copy
/// (<c>tests/data/published</c>) and <c>../shared/results-2024</c> (or <c>PYSTATS_RESULTS_2024</c>)
/// when present; a report found in both is one case.
/// </summary>
public static class PublishedCases
{
    public static IEnumerable<string> Roots()
    {
        yield return Path.Combine(RepoPaths.Root, "tests", "data", "published");
        yield return Environment.GetEnvironmentVariable("PYSTATS_RESULTS_2024") is { Length: > 0 } env
            ? env
            : Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "results-2024"));
    }

    public static IEnumerable<PublishedCase> All()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string root in Roots().Where(r => File.Exists(Path.Combine(r, "index.tsv"))))
        {
            foreach (var found in InRoot(root).Where(c => seen.Add(c.Name)))
            {
                yield return found;
            }
        }
    }

    private static IEnumerable<PublishedCase> InRoot(string root)
    {
        var lines = File.ReadAllLines(Path.Combine(root, "index.tsv"));
        var header = lines[0].Split('\t');
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"{root}/index.tsv has no column {name}");
        int run = Column("run_folder"), json = Column("json_path"), single = Column("single_md_path"), vs = Column("vs_base_md_path"), baseRun = Column("base_run_folder");
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
        var jsonOf = rows.ToDictionary(r => r[run], r => Path.Combine(root, r[json]), StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row[single] != "-")
            {
                yield return new PublishedCase($"published/{row[run]} single", [jsonOf[row[run]]], Path.Combine(root, row[single]), StripHeader: true);
            }

            if (row[vs] != "-")
            {
                yield return new PublishedCase($"published/{row[run]} vs base", [jsonOf[row[baseRun]], jsonOf[row[run]]], Path.Combine(root, row[vs]), StripHeader: false);
            }
        }
    }
}
