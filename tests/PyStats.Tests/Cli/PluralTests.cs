using System.Text.RegularExpressions;
using PyStats.Model;
using PyStats.Parsing;
using PyStats.Report.Building;
using PyStats.Report.Sanity;
using PyStats.Tests.Infrastructure;
using PyStats.Tests.Safety;

namespace PyStats.Tests.Cli;

/// <summary>Counts in our own messages and notes agree with their nouns, for one and for several (issue 8, "correct plurals").</summary>
public sealed class PluralTests : IDisposable
{
    private static readonly string Off = Path.Combine(RepoPaths.Corpus, "cpython-3.13", "stdlib-tests-tier2-off", "raw");
    private static readonly string On = Path.Combine(RepoPaths.Corpus, "cpython-3.13", "stdlib-tests-tier2-on", "raw");
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Rules(string rules) => _temp.Write("rules.json", "{\"extends_defaults\": false, \"max_listed\": 1, \"rules\": [" + rules + "]}");

    [Fact]
    public void One_significant_change()
    {
        string rules = Rules("""{"metric": "family-hit-ratio", "subject": "FOR_ITER", "threshold": 20}""");
        var check = CliRun.Invoke("check", Off, On, "--rules", rules);
        Assert.Contains($"\n1 significant change, 0 failing (rules: {rules})\n", check.Out);
        var markdown = CliRun.Invoke("check", Off, On, "--rules", rules, "--format", "markdown");
        Assert.Contains($"\n1 change (rules: {rules}).\n", markdown.Out);
        Assert.DoesNotContain("not listed", markdown.Out);
    }

    [Fact]
    public void Two_significant_changes_one_not_listed()
    {
        string rules = Rules("""{"metric": "family-hit-ratio", "subject": "FOR_ITER", "threshold": 20}, {"metric": "family-hit-ratio", "subject": "LOAD_*", "threshold": 5}""");
        Assert.Contains($"\n2 significant changes, 0 failing (rules: {rules})\n", CliRun.Invoke("check", Off, On, "--rules", rules).Out);
        var markdown = CliRun.Invoke("check", Off, On, "--rules", rules, "--format", "markdown").Out;
        Assert.Contains($"\n2 changes (rules: {rules}).\n", markdown);
        Assert.Contains("\n1 smaller change not listed here (see Significant changes).\n", markdown);
        Assert.Contains("\n1 smaller change not listed.\n", markdown);
    }

    [Fact]
    public void Several_changes_not_listed()
    {
        string rules = Rules("""{"metric": "family-hit-ratio", "threshold": 1}""");
        var markdown = CliRun.Invoke("check", Off, On, "--rules", rules, "--format", "markdown").Out;
        var match = Regex.Match(markdown, @"\n(\d+) smaller changes not listed\.\n");
        Assert.True(match.Success, "no 'N smaller changes not listed.' note");
        Assert.True(int.Parse(match.Groups[1].Value) > 1);
        Assert.Matches(@"\n\d+ smaller changes not listed here", markdown);
    }

    [Theory]
    [InlineData(51, "1 more warning not shown")]
    [InlineData(52, "2 more warnings not shown")]
    public void Warnings_not_shown(int badLines, string expected)
    {
        string path = _temp.Write("raw/a.txt", "Frames pushed : 1\n" + string.Concat(Enumerable.Repeat("no colon here\n", badLines)));
        var run = CliRun.Invoke(path);
        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith($"pystats: warning: {expected}\n", run.Error);
    }

    [Theory]
    [InlineData(1, "(1 entry that is not a regular file skipped)")]
    [InlineData(2, "(2 entries that are not regular files skipped)")]
    public void Entries_skipped_in_a_directory_without_counter_files(int fifos, string expected)
    {
        Directory.CreateDirectory(_temp.File("raw"));
        for (int i = 0; i < fifos; i++)
        {
            ShellRun.MakeFifo(_temp.File($"raw/fifo{i}"));
        }

        var run = CliRun.Invoke(_temp.File("raw"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error);
    }

    [Theory]
    [InlineData(1, "\"source\":\"1 benchmark\"")]
    [InlineData(2, "\"source\":\"2 benchmarks\"")]
    public void Suite_inputs_count_benchmarks(int benchmarks, string expected)
    {
        for (int i = 0; i < benchmarks; i++)
        {
            _temp.Write($"base/b{i}.json", "{\"Frames pushed\": 5, \"__nfiles__\": 1}");
            _temp.Write($"head/b{i}.json", "{\"Frames pushed\": 6, \"__nfiles__\": 1}");
        }

        var run = CliRun.Invoke("suite", _temp.File("base"), _temp.File("head"), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Out);
    }

    [Theory]
    [InlineData(1, "1 uop executed", "1 miss but only 0 executions", "1 specialization hit")]
    [InlineData(2, "2 uops executed", "2 misses but only 1 execution,", "2 specialization hits")]
    public void Sanity_details(int n, string uops, string misses, string hits)
    {
        var counters = new CounterSet(new Dictionary<string, Int128>
        {
            ["Optimization traces executed"] = 0,
            ["Optimization uops executed"] = n,
            ["opcode[LOAD_GLOBAL_MODULE].execution_count"] = n - 1,
            ["opcode[LOAD_GLOBAL_MODULE].specialization.miss"] = n,
            ["opcode[LOAD_ATTR].specializable"] = 1,
            ["opcode[LOAD_ATTR].specialization.hit"] = n,
            ["__nfiles__"] = 1,
        });
        var data = StatsLoader.WithMetadata("test", InputKind.Json, counters, null, new LoadOptions { CPythonVersion = "3.13" });
        var details = SanityChecker.Check(new StatsView(data, ReportDialects.Latest), "Base").Select(i => i.Detail).ToList();
        Assert.Contains(details, d => d.Contains(uops, StringComparison.Ordinal));
        Assert.Contains(details, d => d.Contains(misses, StringComparison.Ordinal));
        Assert.Contains(details, d => d.Contains(hits, StringComparison.Ordinal) && Regex.IsMatch(d, @"none of its \d+ specialized instructions? executed"));
    }
}
