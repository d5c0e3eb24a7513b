using DuckDB.NET.Data;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.History;

/// <summary>history export --parquet and history sql.</summary>
public sealed class HistoryExportTests : IDisposable
{
    private readonly HistoryFixture _fixture = new();

    public HistoryExportTests() => Assert.Equal(0, _fixture.History("ingest", _fixture.Tree).ExitCode);

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Parquet_export_reads_back_through_DuckDB_with_the_same_numbers()
    {
        string dir = _fixture.Temp.File("export");
        var run = _fixture.History("export", "--parquet", dir);
        Assert.Equal(0, run.ExitCode);
        Assert.True(Directory.Exists(Path.Combine(dir, "counters", "year=2024", "month=4", "flags=PYTHON_UOPS")));
        Assert.True(Directory.Exists(Path.Combine(dir, "runs", "year=2024", "month=4", "flags=default")));

        string stored = Sql("SELECT run_id, count(*), sum(value)::VARCHAR, min(key), max(key) FROM counter_values GROUP BY run_id ORDER BY run_id");
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT run_id, count(*), sum(value)::VARCHAR, min(key), max(key) FROM read_parquet('{dir}/counters/**/*.parquet', hive_partitioning = true) GROUP BY run_id ORDER BY run_id";
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(string.Join(",", Enumerable.Range(0, 5).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        Assert.Equal(stored, string.Join("\n", lines));

        // The per-counter values of a run, in order, are those of its JSON file.
        command.CommandText = $"SELECT key, value FROM read_parquet('{dir}/counters/**/*.parquet', hive_partitioning = true) WHERE run_id = 1 ORDER BY pos";
        using var values = command.ExecuteReader();
        var counters = PyStats.Parsing.StatsLoader.Load(_fixture.RunA, new PyStats.Parsing.LoadOptions()).Data.Counters;
        int i = 0;
        while (values.Read())
        {
            Assert.Equal(counters.Keys[i], values.GetString(0));
            Assert.Equal(counters.Values[i], (Int128)values.GetFieldValue<ulong>(1));
            i++;
        }

        Assert.Equal(counters.Count, i);
    }

    [Fact]
    public void Export_refuses_a_directory_that_is_not_empty_and_leaves_it_alone()
    {
        string kept = _fixture.Temp.Write(Path.Combine("full", "mine.txt"), "mine");
        var run = _fixture.History("export", "--parquet", Path.GetDirectoryName(kept)!);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("exists and is not an empty directory", run.Error);
        Assert.Equal(["mine.txt"], Directory.GetFiles(Path.GetDirectoryName(kept)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Sql_is_read_only_and_its_errors_are_one_line()
    {
        Assert.Equal("3", Sql("SELECT count(*) FROM runs"));
        var write = _fixture.History("sql", "DELETE FROM runs");
        Assert.Equal(1, write.ExitCode);
        Assert.Single(write.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("3", Sql("SELECT count(*) FROM runs"));
        var bad = _fixture.History("sql", "SELEC nonsense");
        Assert.Equal(1, bad.ExitCode);
        Assert.StartsWith("pystats: error: ", bad.Error);
        Assert.Single(bad.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private string Sql(string query)
    {
        var run = _fixture.History("sql", query, "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        return string.Join("\n", run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1));
    }
}
