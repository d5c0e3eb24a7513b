using System.Globalization;
using PyStats.Parsing;
using PyStats.Report.Building;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.History;

/// <summary>history trend: the analysis' own numbers per run, in every format.</summary>
public sealed class HistoryTrendTests : IDisposable
{
    private readonly HistoryFixture _fixture = new();

    public HistoryTrendTests() => Assert.Equal(0, _fixture.History("ingest", _fixture.Tree).ExitCode);

    public void Dispose() => _fixture.Dispose();

    private static double HitShare(string path, string family)
    {
        var data = StatsLoader.Load(path, new LoadOptions()).Data;
        var view = new StatsView(data, DialectDetector.ForBuild(data).Dialect);
        var observation = PyStats.Report.Significance.ObservationCollector.Collect(view, view)
            .Single(o => o.Metric == PyStats.Report.Significance.ChangeMetric.FamilyHitRatio && o.Subject == family);
        return ((PyStats.Report.Model.RatioCell)observation.Base).Value!.Value;
    }

    [Fact]
    public void Family_hit_ratio_per_run_equals_the_analysis_on_the_original_files()
    {
        var run = _fixture.History("trend", "family-hit-ratio", "--subject", "LOAD_ATTR", "--format", "csv", "--flags", "default");
        Assert.Equal(0, run.ExitCode);
        string[] lines = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Run,Date,Commit,Fork,Flags,Benchmark,Subject,Value,Change", lines[0]);
        Assert.Equal(3, lines.Length);
        string[] a = lines[1].Split(','), b = lines[2].Split(',');
        Assert.Equal(["1", "2024-04-01", "aaaaaaa"], a[..3]);
        Assert.Equal(["3", "2024-04-03", "bbbbbbb"], b[..3]);
        Assert.Equal(HitShare(_fixture.RunA, "LOAD_ATTR"), double.Parse(a[7], CultureInfo.InvariantCulture));
        Assert.Equal(HitShare(_fixture.RunB, "LOAD_ATTR"), double.Parse(b[7], CultureInfo.InvariantCulture));
        Assert.Equal(string.Empty, a[8]);
        Assert.Equal(100 * (HitShare(_fixture.RunB, "LOAD_ATTR") - HitShare(_fixture.RunA, "LOAD_ATTR")), double.Parse(b[8], CultureInfo.InvariantCulture), 9);
    }

    [Fact]
    public void A_raw_counter_by_key()
    {
        var run = _fixture.History("trend", "opcode[LOAD_ATTR].execution_count", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var document = System.Text.Json.JsonDocument.Parse(run.Out).RootElement;
        var rows = document.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        var off = StatsLoader.Load(_fixture.OffJson, new LoadOptions()).Data.Counters.Get("opcode[LOAD_ATTR].execution_count");
        Assert.Equal((long)off, rows.Single(r => r.GetProperty("Run").GetInt32() == 1).GetProperty("Value").GetInt64());
    }

    [Fact]
    public void Tier2_metrics_and_effectiveness_have_one_subject()
    {
        Assert.Equal(0, _fixture.History("trend", "tier2-uops-executed").ExitCode);
        var effectiveness = _fixture.History("trend", "effectiveness", "--subject", "specialized hits", "--format", "csv");
        Assert.Equal(0, effectiveness.ExitCode);
        Assert.Equal(4, effectiveness.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Html_has_a_time_chart_with_one_line_per_series_and_nothing_from_the_network()
    {
        var run = _fixture.History("trend", "family-hit-ratio", "--subject", "LOAD_ATTR", "--format", "html");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("<canvas id=\"trend-chart\"", run.Out);
        Assert.Contains("\"name\":\"python/default\"", run.Out);
        Assert.Contains("\"name\":\"python/PYTHON_UOPS\"", run.Out);
        Assert.Contains("\"commit\":\"bbbbbbb\"", run.Out);
        Assert.DoesNotContain("src=\"http", run.Out);
        Assert.Contains("default-src &#39;none&#39;", run.Out);
    }

    [Fact]
    public void Several_subjects_need_subject_and_unknown_metrics_are_one_line()
    {
        var run = _fixture.History("trend", "family-hit-ratio");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("choose one with --subject NAME", run.Error);
        var unknown = _fixture.History("trend", "no-such-thing");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("'no-such-thing' is neither a metric", unknown.Error);
        Assert.Single(unknown.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
