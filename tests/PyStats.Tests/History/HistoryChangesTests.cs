using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.History;

/// <summary>history changes: the analysis of each step, ranked, with a working compare command.</summary>
public sealed class HistoryChangesTests : IDisposable
{
    private readonly HistoryFixture _fixture = new();

    public HistoryChangesTests() => Assert.Equal(0, _fixture.History("ingest", _fixture.Tree).ExitCode);

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Changes_are_the_significant_changes_of_consecutive_runs_in_their_order()
    {
        var changes = _fixture.History("changes", "--format", "csv", "--top", "1000");
        Assert.Equal(0, changes.ExitCode);
        var rows = changes.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(["python/default", "1", "2024-04-01", "aaaaaaa", "3", "2024-04-03", "bbbbbbb"], r[3..10]));

        // The analysis of the two original files finds the same changes, in the same order.
        var views = new[] { _fixture.RunA, _fixture.RunB }.Select(path =>
        {
            var data = PyStats.Parsing.StatsLoader.Load(path, new PyStats.Parsing.LoadOptions()).Data;
            return new PyStats.Report.Building.StatsView(data, PyStats.Report.Building.DialectDetector.ForBuild(data).Dialect);
        }).ToList();
        var expected = PyStats.Report.Significance.SignificanceAnalyzer.Analyze(views, ["Base", "Head"], PyStats.Report.Significance.ChangeRuleSet.Defaults);
        Assert.Equal(
            expected.Select(c => $"{(c.Failing ? "fail" : "warn")}|{PyStats.Report.Significance.ChangeMetricNames.Name(c.Observation.Metric)}|{c.Observation.Subject}"),
            rows.Select(r => $"{r[0]}|{r[1]}|{r[2]}"));
    }

    [Fact]
    public void Each_change_names_the_command_that_compares_its_runs()
    {
        var changes = _fixture.History("changes", "--top", "1");
        Assert.Contains("| pystats history compare 1 3 --db ", changes.Out);
        Assert.Equal(CliRun.Invoke(_fixture.RunA, _fixture.RunB).Out, _fixture.History("compare", "1", "3").Out);
    }
}
