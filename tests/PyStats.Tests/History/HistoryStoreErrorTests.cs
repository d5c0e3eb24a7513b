using System.Diagnostics;
using System.Security.Cryptography;
using DuckDB.NET.Data;
using PyStats.History.Store;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.History;

/// <summary>Bad stores: one clear line each, exit 1, and nothing lost or replaced.</summary>
public sealed class HistoryStoreErrorTests : IDisposable
{
    private readonly HistoryFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private static void AssertOneLine(CliRun run, params string[] fragments)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        string[] lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("pystats: error: ", lines[0]);
        Assert.DoesNotContain("Exception", lines[0]);
        foreach (string fragment in fragments)
        {
            Assert.Contains(fragment, lines[0]);
        }
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public void A_file_that_is_not_a_DuckDB_database_is_left_untouched()
    {
        File.WriteAllText(_fixture.Database, "my notes, not a database\n");
        string before = Hash(_fixture.Database);
        AssertOneLine(_fixture.History("ingest", _fixture.Tree), _fixture.Database, "not a DuckDB database", "left untouched");
        AssertOneLine(_fixture.History("runs"), _fixture.Database, "not a DuckDB database");
        Assert.Equal(before, Hash(_fixture.Database));
        Assert.False(File.Exists(_fixture.Database + ".wal"));
    }

    [Fact]
    public void A_store_from_a_newer_schema_is_refused_and_kept()
    {
        Assert.Equal(0, _fixture.History("ingest", _fixture.Tree).ExitCode);
        using (var connection = new DuckDBConnection($"Data Source={_fixture.Database}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO {StoreSchema.VersionTable} VALUES ({StoreSchema.Current + 1}, now()::TIMESTAMP)";
            command.ExecuteNonQuery();
        }

        string before = Hash(_fixture.Database);
        AssertOneLine(_fixture.History("runs"), _fixture.Database, $"schema version {StoreSchema.Current + 1} is newer", "use a newer pystats");
        AssertOneLine(_fixture.History("ingest", _fixture.Tree), "is newer");
        Assert.Equal(before, Hash(_fixture.Database));
    }

    [Fact]
    public void An_older_schema_is_migrated()
    {
        HistoryStore.CreateAtVersion(_fixture.Database, 1);
        var run = _fixture.History("sql", "SELECT max(version) FROM pystats_schema", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(StoreSchema.Current.ToString(System.Globalization.CultureInfo.InvariantCulture), run.Out.Split("\r\n")[1]);
        Assert.Equal(0, _fixture.History("sql", "SELECT * FROM counter_values").ExitCode);
    }

    [Fact]
    public void A_missing_store_is_not_created_by_a_query()
    {
        AssertOneLine(_fixture.History("runs"), _fixture.Database, "no history store here", "history ingest");
        Assert.False(File.Exists(_fixture.Database));
    }

    [Fact]
    public void A_store_locked_by_another_writer_is_one_line_and_nothing_is_lost()
    {
        Assert.Equal(0, _fixture.History("ingest", _fixture.RunA).ExitCode);
        string before = Hash(_fixture.Database);

        // Another process holds the write lock DuckDB takes (a POSIX record lock on the whole file).
        using var holder = Process.Start(new ProcessStartInfo("python3", ["-c", "import fcntl, sys, time\nf = open(sys.argv[1], 'r+b')\nfcntl.lockf(f, fcntl.LOCK_EX)\nprint('locked', flush=True)\ntime.sleep(60)", _fixture.Database])
        {
            RedirectStandardOutput = true,
        })!;
        try
        {
            Assert.Equal("locked", holder.StandardOutput.ReadLine());
            AssertOneLine(_fixture.History("ingest", _fixture.Tree), _fixture.Database, "locked by another process", $"PID {holder.Id}");
        }
        finally
        {
            holder.Kill();
            holder.WaitForExit();
        }

        Assert.Equal(before, Hash(_fixture.Database));
        var after = _fixture.History("ingest", _fixture.Tree);
        Assert.Equal(0, after.ExitCode);
        Assert.Contains("2 added", after.Out);
    }
}
