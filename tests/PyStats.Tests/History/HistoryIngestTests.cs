using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.History;

/// <summary>history ingest: pipeline names and metadata, idempotence, changed and bad files, raw directories.</summary>
public sealed class HistoryIngestTests : IDisposable
{
    private readonly HistoryFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Ingests_a_pipeline_tree_with_names_and_metadata()
    {
        var run = _fixture.History("ingest", _fixture.Tree, "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(4, run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        var runs = _fixture.History("runs", "--format", "csv").Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Run,Date,Commit,Fork,Branch,Flags,Version,Benchmark,Files,Counters,Label,Source", runs[0]);
        // Newest commit first; dates in the commit's own offset; the branch from the metadata member.
        Assert.StartsWith($"3,2024-04-03,bbbbbbb,python,{HistoryFixture.CommitB},default,3.13.0a6+,all,", runs[1]);
        Assert.Contains(",PYTHON_UOPS,", runs.Single(l => l.StartsWith("2,", StringComparison.Ordinal)));
        Assert.Contains(_fixture.RunA, runs.Single(l => l.StartsWith("1,", StringComparison.Ordinal)));
    }

    [Fact]
    public void Ingesting_again_adds_nothing()
    {
        Assert.Equal(0, _fixture.History("ingest", _fixture.Tree).ExitCode);
        long size = new FileInfo(_fixture.Database).Length;
        var again = _fixture.History("ingest", _fixture.Tree);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("3 inputs: 0 added, 0 replaced (changed), 3 already stored, 0 skipped.", again.Out);
        Assert.Equal(size, new FileInfo(_fixture.Database).Length);
        Assert.Equal("3", Sql("SELECT count(*) FROM runs"));
    }

    [Fact]
    public void A_changed_file_replaces_its_run_and_keeps_its_id()
    {
        _fixture.History("ingest", _fixture.Tree);
        string total = Sql("SELECT sum(value) FROM counters WHERE run_id = 1");
        File.WriteAllText(_fixture.RunA, File.ReadAllText(_fixture.OnJson).TrimEnd()[..^1] + ",\n  \"metadata\": {\"commit_id\": \"aaaaaaa\", \"commit_fork\": \"python\"}\n}");
        var again = _fixture.History("ingest", _fixture.Tree, "--format", "csv");
        Assert.Equal(0, again.ExitCode);
        Assert.StartsWith("replaced,1,", again.Out.Split("\r\n")[1]);
        Assert.Equal("3", Sql("SELECT count(*) FROM runs"));
        Assert.NotEqual(total, Sql("SELECT sum(value) FROM counters WHERE run_id = 1"));
        Assert.Equal(Sql("SELECT sum(value) FROM counters WHERE run_id = 3"), Sql("SELECT sum(value) FROM counters WHERE run_id = 1"));
    }

    [Fact]
    public void A_file_changed_into_another_runs_content_loses_its_old_run_with_a_warning()
    {
        _fixture.History("ingest", _fixture.Tree);
        File.Copy(_fixture.RunB, _fixture.RunA, overwrite: true);
        var again = _fixture.History("ingest", _fixture.Tree);
        Assert.Equal(0, again.ExitCode);
        string[] warnings = again.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(warnings);
        Assert.Equal($"pystats: warning: {_fixture.RunA}: now holds the same content as another stored run; its old run 1 was removed", warnings[0]);
        Assert.Equal("2", Sql("SELECT count(*) FROM runs"));
        Assert.Equal("0", Sql("SELECT count(*) FROM counters WHERE run_id = 1"));
        Assert.Equal("0", Sql("SELECT count(*) FROM run_metrics WHERE run_id = 1"));

        // Nothing more happens the next time.
        var third = _fixture.History("ingest", _fixture.Tree);
        Assert.Equal(string.Empty, third.Error);
        Assert.Equal("2", Sql("SELECT count(*) FROM runs"));
    }

    [Fact]
    public void A_corrupt_file_is_a_warning_naming_it_and_the_rest_goes_in()
    {
        string bad = _fixture.Temp.Write(Path.Combine("results-tree", "results", "bm-20240402-3.13.0a6+-ccccccc", "bm-20240402-azure-x86_64-python-ccccccc-3.13.0a6+-ccccccc-pystats.json"), "{\"opcode[NOP].execution_count\": 12,\n  \"oops");
        var run = _fixture.History("ingest", _fixture.Tree);
        Assert.Equal(0, run.ExitCode);
        string[] warnings = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(warnings);
        Assert.StartsWith($"pystats: warning: {bad}:", warnings[0]);
        Assert.Contains("skipped", warnings[0]);
        Assert.Contains("4 inputs: 3 added, 0 replaced (changed), 0 already stored, 1 skipped.", run.Out);
        Assert.Equal("3", Sql("SELECT count(*) FROM runs"));
    }

    [Fact]
    public void A_raw_directory_takes_its_description_from_the_options()
    {
        string raw = Path.Combine(RepoPaths.Samples, "cpython-3.13", "stdlib-tests-tier2-off", "raw");
        var run = _fixture.History("ingest", raw, "--commit", "0123456789abcdef", "--date", "2024-05-06", "--fork", "me", "--flags", "JIT", "--label", "local build");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        var runs = _fixture.History("runs", "--format", "csv").Out.Split("\r\n")[1];
        Assert.StartsWith("1,2024-05-06,0123456,me,-,JIT,3.13,all,", runs);
        Assert.Contains(",local build,", runs);
        Assert.Equal("raw-directory", Sql("SELECT kind FROM runs"));

        // The stored raw run reports like the directory itself.
        var fromFiles = CliRun.Invoke(raw);
        var fromStore = _fixture.History("compare", "1", "1");
        Assert.Equal(0, fromStore.ExitCode);
        Assert.Equal(CliRun.Invoke(raw, raw).Out, fromStore.Out);
        Assert.Equal(0, fromFiles.ExitCode);
    }

    private string Sql(string query)
    {
        var run = _fixture.History("sql", query, "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        return run.Out.Split("\r\n")[1];
    }
}
