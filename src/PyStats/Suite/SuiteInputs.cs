using PyStats.IO;
using PyStats.Parsing;

namespace PyStats.Suite;

/// <summary>
/// Finds the benchmarks of one side of a suite: the JSON files of a directory (pipelines name
/// them <c>…-pystats-BENCHMARK.json</c>) and its raw-counter subdirectories, or the paths listed
/// one per line in a text file. Benchmarks are named by what follows the last "-pystats-", else
/// by the file or directory name.
/// </summary>
public static class SuiteInputs
{
    private const string PipelineMarker = "-pystats-";

    public static IReadOnlyList<BenchmarkInput> Find(string path)
    {
        IEnumerable<string> paths;
        if (Directory.Exists(path))
        {
            paths = Directory.EnumerateFiles(path, "*.json")
                .Concat(Directory.EnumerateDirectories(path).Where(d => Directory.EnumerateFiles(d).Any()));
        }
        else if (File.Exists(path))
        {
            string directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
            paths = InputFiles.ReadAllLines(path, "the list file")
                .Select(l => l.Trim())
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => Path.IsPathRooted(l) ? l : Path.Combine(directory, l));
        }
        else
        {
            throw new StatsInputException($"{path}: no such directory or list file");
        }

        var inputs = paths.Select(p => new BenchmarkInput(NameOf(p), p)).OrderBy(b => b.Name, StringComparer.Ordinal).ToList();
        if (inputs.Count == 0)
        {
            throw new StatsInputException($"{path}: no benchmark files (*.json or raw-counter directories) found");
        }

        var duplicate = inputs.GroupBy(b => b.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new StatsInputException($"{path}: benchmark '{duplicate.Key}' appears more than once ({string.Join(", ", duplicate.Select(b => b.Path))})");
        }

        return inputs;
    }

    public static string NameOf(string path)
    {
        string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
        if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^5];
        }

        int marker = name.LastIndexOf(PipelineMarker, StringComparison.Ordinal);
        return marker >= 0 ? name[(marker + PipelineMarker.Length)..] : name;
    }
}
