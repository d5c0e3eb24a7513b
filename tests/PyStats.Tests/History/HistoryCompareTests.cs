using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.History;

/// <summary>history compare prints, from the store, exactly what comparing the original files prints.</summary>
public sealed class HistoryCompareTests : IDisposable
{
    private readonly HistoryFixture _fixture = new();

    public HistoryCompareTests() => Assert.Equal(0, _fixture.History("ingest", _fixture.Tree).ExitCode);

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [InlineData("markdown")]
    [InlineData("json")]
    public void Same_bytes_as_comparing_the_files(string format)
    {
        var fromFiles = CliRun.Invoke(_fixture.RunA, _fixture.RunB, "--format", format);
        var fromStore = _fixture.History("compare", "1", "3", "--format", format);
        Assert.Equal(0, fromStore.ExitCode);
        Assert.Equal(fromFiles.Out, fromStore.Out);
    }

    [Fact]
    public void Same_bytes_for_the_extended_comparison_and_runs_named_by_commit()
    {
        var fromFiles = CliRun.Invoke(_fixture.RunA, _fixture.RunAUops, "--extended");
        var fromStore = _fixture.History("compare", "aaaaaaa/default", "aaaaaaa/PYTHON_UOPS", "--extended");
        Assert.Equal(0, fromStore.ExitCode);
        Assert.Equal(fromFiles.Out, fromStore.Out);
    }

    [Fact]
    public void The_date_line_follows_date_and_SOURCE_DATE_EPOCH_like_the_report()
    {
        Assert.EndsWith("Stats gathered on: 2024-07-01\n", _fixture.History("compare", "1", "3", "--date", "2024-07-01").Out);
        Assert.EndsWith("Stats gathered on: 2025-12-08\n", _fixture.History("compare", "1", "3").Out);
    }

    [Fact]
    public void An_ambiguous_or_unknown_run_is_one_clear_line()
    {
        var ambiguous = _fixture.History("compare", "aaaaaaa", "3");
        Assert.Equal(1, ambiguous.ExitCode);
        Assert.Equal("pystats: error: run 'aaaaaaa' is ambiguous: runs 1 (python/default), 2 (python/PYTHON_UOPS); give a run id or add /FLAGS\n", ambiguous.Error);
        var unknown = _fixture.History("compare", "1", "42");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no run 42", unknown.Error);
    }
}
