using PyStats.Metadata;
using PyStats.Model;
using PyStats.Parsing;
using PyStats.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PyStats.Tests.Metadata;

/// <summary>
/// Version detection over a real pipeline's results tree (<c>../shared/results-2024</c>, or
/// <c>PYSTATS_RESULTS_2024</c>): each run's JSON against the CPython version of its folder name.
/// Without the tree there is nothing to check.
/// </summary>
public sealed class VersionDetectionTests
{
    private readonly ITestOutputHelper _output;

    public VersionDetectionTests(ITestOutputHelper output) => _output = output;

    private static string ResultsTree =>
        Environment.GetEnvironmentVariable("PYSTATS_RESULTS_2024") is { Length: > 0 } env
            ? env
            : Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "results-2024"));

    /// <summary>(run folder, version column, JSON path) of every row of index.tsv.</summary>
    private static IEnumerable<(string Run, string Version, string Json)> Runs()
    {
        string index = Path.Combine(ResultsTree, "index.tsv");
        if (!File.Exists(index))
        {
            yield break;
        }

        foreach (string line in File.ReadLines(index).Skip(1).Where(l => l.Length > 0))
        {
            string[] columns = line.Split('\t');
            yield return (columns[0], columns[2], Path.Combine(ResultsTree, columns[1]));
        }
    }

    [Fact]
    public void Every_results_2024_run_is_detected_as_its_version_line()
    {
        var matrix = new SortedDictionary<string, SortedDictionary<string, int>>(StringComparer.Ordinal);
        var wrong = new List<string>();
        foreach (var (run, version, json) in Runs())
        {
            var counters = JsonStatsReader.Read(json).Counters;
            string detected = CPythonVersionDetector.Detect(counters);
            string line = version[..4];
            var row = matrix.TryGetValue(version, out var r) ? r : matrix[version] = new(StringComparer.Ordinal);
            row[detected] = row.GetValueOrDefault(detected) + 1;

            // 3.14.0a0 of mid-2024 has 3.13's tables; it may only read as 3.13 when its counters
            // show no instruction that 3.13 lacks.
            bool acceptable = detected == line
                || (line == "3.14" && detected == "3.13" && !counters.Contains("opcode[LOAD_SPECIAL].execution_count"));
            if (!acceptable)
            {
                wrong.Add($"{run}: {version} detected as {detected}");
            }
        }

        foreach (var (version, row) in matrix)
        {
            _output.WriteLine($"{version}\t{string.Join("\t", row.Select(c => $"{c.Key}:{c.Value}"))}");
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void The_312_run_reads_with_named_instructions()
    {
        var run = Runs().FirstOrDefault(r => r.Version.StartsWith("3.12", StringComparison.Ordinal));
        if (run.Json is null)
        {
            return;
        }

        var data = StatsLoader.Load(run.Json, new LoadOptions()).Data;
        Assert.Equal("3.12", data.CPythonVersion);
        Assert.DoesNotContain(data.Counters.Keys, k => k.Contains("opcode[") && char.IsAsciiDigit(k[k.IndexOf("opcode[", StringComparison.Ordinal) + 7]));
        Assert.True(data.Counters.Get("opcode[LOAD_ATTR].specialization.hit") > 0);
        Assert.True(data.Counters.Get("opcode[LOAD_ATTR_INSTANCE_VALUE].execution_count") > 0);

        var report = CliRun.Invoke(run.Json, "--date", "2025-12-08");
        Assert.Equal(0, report.ExitCode);
        Assert.Empty(report.Error);
        Assert.Contains("<td align=\"left\">LOAD_ATTR</td>", report.Out);
        Assert.Contains("### LOAD_ATTR", report.Out);
        Assert.DoesNotContain("opcode[", report.Out);

        // The built-in 3.12 failure kinds name every kind the run counts.
        Assert.Contains("<td align=\"left\">class no vectorcall</td>", report.Out);
        Assert.DoesNotMatch("<td align=\"left\">kind [0-9]+</td>", report.Out);
    }
}
