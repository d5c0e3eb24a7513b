using PyStats.Tests.Golden;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Cli;

/// <summary>
/// A JSON with no counters (a run that collected no files) prints the empty report CPython
/// prints, with one warning (issue 8, defect 13). See tests/data/empty/README.md.
/// </summary>
public sealed class EmptyInputTests : IDisposable
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "data", "empty");
    private static readonly string Expected = File.ReadAllText(Path.Combine(Folder, "expected.md"));
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_json_of_a_run_without_data_files_gives_the_empty_report_and_one_warning()
    {
        string input = Path.Combine(Folder, "no-data-files.json");
        var run = CliRun.Invoke(input);
        Assert.Equal(0, run.ExitCode);
        GoldenAssert.Identical(Expected, run.Out, "empty report");
        Assert.Equal($"pystats: warning: {input}: no counters (__nfiles__ is 0): the report is empty\n", run.Error);
    }

    [Theory]
    [InlineData("{\"__nfiles__\": 0}", "__nfiles__ is 0")]
    [InlineData("{}", "no __nfiles__")]
    [InlineData("{\"_specialized_instructions\": [], \"_stats_defines\": {}, \"_defines\": {}}", "no __nfiles__")]
    [InlineData("{\"__nfiles__\": 0, \"metadata\": {\"commit_id\": \"abc1234\"}}", "__nfiles__ is 0")]
    public void Without_counters_or_even_nfiles_the_report_is_the_same(string json, string why)
    {
        string input = _temp.Write("run.json", json);
        var run = CliRun.Invoke(input);
        Assert.Equal(0, run.ExitCode);
        GoldenAssert.Identical(Expected, run.Out, "empty report");
        Assert.Equal($"pystats: warning: {input}: no counters ({why}): the report is empty\n", run.Error);
    }

    [Fact]
    public void An_object_of_other_things_is_still_not_a_counter_file()
    {
        string input = _temp.Write("other.json", "{\"name\": [1, 2]}");
        var run = CliRun.Invoke(input);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no integer counters", run.Error);
    }

    [Fact]
    public void A_comparison_with_an_empty_run_works()
    {
        string empty = Path.Combine(Folder, "no-data-files.json");
        string real = Path.Combine(RepoPaths.Corpus, "cpython-3.13", "stdlib-tests-tier2-off", "expected.json");
        var run = CliRun.Invoke(empty, real);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("<td align=\"left\">Number of data files</td>\n<td align=\"right\">0</td>\n<td align=\"right\">8</td>", run.Out);
    }

    /// <summary>The derived report's text (all but table cells) appears in order in each real CPython report.</summary>
    [Fact]
    public void Every_line_of_the_empty_report_but_its_cells_appears_in_order_in_the_real_reports()
    {
        var wanted = Expected.Split('\n').Where(l => !l.StartsWith("<td", StringComparison.Ordinal)).ToList();
        var reals = GoldenCases.SingleReports().Select(c => c.Expected).Distinct().ToList();
        Assert.NotEmpty(reals);
        foreach (string real in reals)
        {
            int matched = 0;
            foreach (string line in File.ReadAllText(real).Split('\n'))
            {
                if (matched < wanted.Count && line == wanted[matched])
                {
                    matched++;
                }
            }

            Assert.True(matched == wanted.Count, $"{real}: line {matched + 1} of the empty report not found in order: '{(matched < wanted.Count ? wanted[matched] : string.Empty)}'");
        }
    }
}
