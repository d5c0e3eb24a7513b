using DuckDB.NET.Data;
using PyStats.History.Store;
using PyStats.Parsing;
using PyStats.Report.Building;
using PyStats.Report.Significance;

namespace PyStats.Tests.History;

/// <summary>
/// The measures stored per run (<see cref="RunMetrics"/>): one row per observation the analysis
/// makes of the run alone, kept right when a file changes, and made for stores from before the
/// table existed.
/// </summary>
public sealed class RunMetricsTests : IDisposable
{
    private readonly HistoryFixture _fixture = new();

    public RunMetricsTests() => Assert.Equal(0, _fixture.History("ingest", _fixture.Tree).ExitCode);

    public void Dispose() => _fixture.Dispose();

    private static int Observations(string path)
    {
        var data = StatsLoader.Load(path, new LoadOptions()).Data;
        var view = new StatsView(data, DialectDetector.ForBuild(data).Dialect);
        return ObservationCollector.Collect(view, view).Count();
    }

    private long Scalar(string sql)
    {
        using var connection = new DuckDBConnection($"Data Source={_fixture.Database};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Execute(params string[] statements)
    {
        using var connection = new DuckDBConnection($"Data Source={_fixture.Database}");
        connection.Open();
        foreach (string sql in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }

    [Fact]
    public void Each_run_has_one_row_per_observation_of_its_original_file()
    {
        Assert.Equal(Observations(_fixture.RunA), Scalar("SELECT count(*) FROM run_metrics WHERE run_id = 1"));
        Assert.Equal(Observations(_fixture.RunB), Scalar("SELECT count(*) FROM run_metrics WHERE run_id = 3"));
        Assert.True(Observations(_fixture.RunA) > 100);
    }

    [Fact]
    public void A_changed_file_replaces_its_rows_and_its_trend()
    {
        string[] metrics = ["total-instructions", "family-hit-ratio --subject LOAD_ATTR", "instruction-share --subject LOAD_FAST"];
        string before = string.Join("\n", metrics.Select(m => _fixture.History(["trend", .. m.Split(' '), "--format", "csv"]).Out));

        // Run A's file now holds the other sample's counters (its pipeline metadata kept, but for
        // the time of day, so that it is not the same content as run A's PYTHON_UOPS twin).
        string text = File.ReadAllText(_fixture.RunA);
        string other = File.ReadAllText(_fixture.OnJson).TrimEnd();
        string metadata = text[text.IndexOf("\"metadata\"", StringComparison.Ordinal)..].Replace("T10:00:00", "T11:00:00", StringComparison.Ordinal);
        File.WriteAllText(_fixture.RunA, other[..other.LastIndexOf('}')].TrimEnd() + ",\n  " + metadata);
        Assert.Equal(0, _fixture.History("ingest", _fixture.Tree).ExitCode);

        Assert.Equal(Observations(_fixture.RunA), Scalar("SELECT count(*) FROM run_metrics WHERE run_id = 1"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM (SELECT run_id, seq FROM run_metrics GROUP BY ALL HAVING count(*) > 1)"));
        string after = string.Join("\n", metrics.Select(m => _fixture.History(["trend", .. m.Split(' '), "--format", "csv"]).Out));
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void A_store_from_before_the_table_is_measured_when_opened_and_trends_are_unchanged()
    {
        string[] metrics = ["total-instructions", "family-hit-ratio --subject LOAD_ATTR", "effectiveness --subject basic", "instruction-share --subject *", "rare-event --subject *"];
        var before = metrics.Select(m => _fixture.History(["trend", .. m.Split(' '), "--format", "csv"])).ToList();
        Assert.All(before, run => Assert.True(run.ExitCode == 0, run.Error));

        // What a store written by the previous schema version looks like.
        Execute($"DROP TABLE {RunMetrics.Table}", $"DELETE FROM {StoreSchema.VersionTable} WHERE version >= {StoreSchema.RunMetricsVersion}");

        var after = metrics.Select(m => _fixture.History(["trend", .. m.Split(' '), "--format", "csv"])).ToList();
        Assert.Equal(before.Select(r => r.Out), after.Select(r => r.Out));
        Assert.Equal(StoreSchema.Current, Scalar($"SELECT max(version) FROM {StoreSchema.VersionTable}"));
        Assert.Equal(3, Scalar($"SELECT count(DISTINCT run_id) FROM {RunMetrics.Table}"));
    }
}
