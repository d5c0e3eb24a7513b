using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Safety;

/// <summary>
/// A suite reads its sides' subdirectories as benchmarks, so an output anywhere under a side (a
/// file in a benchmark's raw directory, a page directory inside a side) is refused with exit 2
/// before anything is read, like every output that is an input.
/// </summary>
public sealed class SuiteOutputIsInputTests : IDisposable
{
    private const string Raw = "Frames pushed : 1\n";
    private readonly TempDirectory _temp = new();

    public SuiteOutputIsInputTests()
    {
        _temp.Write("base/bench1/a.txt", Raw);
        _temp.Write("base/bench2.json", "{\"Frames pushed\": 5, \"__nfiles__\": 1}");
        _temp.Write("head/bench1/a.txt", Raw);
        _temp.Write("head/bench2.json", "{\"Frames pushed\": 6, \"__nfiles__\": 1}");
    }

    public void Dispose() => _temp.Dispose();

    private CliRun Suite(params string[] options) => CliRun.Invoke(["suite", _temp.File("base"), _temp.File("head"), .. options]);

    private void AssertRefused(CliRun run, string fragment)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        string[] lines = run.Error.TrimEnd('\n').Split('\n');
        Assert.StartsWith("pystats: error: ", lines[0]);
        Assert.Contains(fragment, lines[0]);
        Assert.DoesNotContain("warning", run.Error);
        Assert.Equal(["a.txt"], Directory.GetFiles(_temp.File("base/bench1")).Select(Path.GetFileName));
        Assert.Equal(["bench1", "bench2.json"], Directory.GetFileSystemEntries(_temp.File("base")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(Raw, File.ReadAllText(_temp.File("base/bench1/a.txt")));
    }

    [Fact]
    public void Output_in_a_benchmark_directory_is_refused()
    {
        AssertRefused(Suite("-o", _temp.File("base/bench1/report.md")), "inside the input directory");
        AssertRefused(Suite("-o", _temp.File("base/bench1/a.txt")), "inside the input directory");
    }

    [Fact]
    public void Output_under_a_side_in_a_directory_not_made_yet_is_refused()
    {
        AssertRefused(Suite("-o", _temp.File("base/new/report.md")), "whose subdirectories are read as benchmarks");
        Assert.False(Directory.Exists(_temp.File("base/new")));
    }

    [Fact]
    public void Html_page_directory_inside_or_equal_to_a_side_is_refused()
    {
        AssertRefused(Suite("--format", "html", "-o", _temp.File("base/pages")), "whose subdirectories are read as benchmarks");
        AssertRefused(Suite("--format", "html", "-o", _temp.File("base/bench1")), _temp.File("base/bench1"));
        AssertRefused(Suite("--format", "html", "-o", _temp.File("base")), "is the input");
        AssertRefused(Suite("--format", "csv", "-o", _temp.File("head/bench1")), "head/bench1");
    }

    [Fact]
    public void Output_in_a_benchmark_directory_named_by_a_list_file_is_refused()
    {
        _temp.Write("elsewhere/bench3/a.txt", Raw);
        string list = _temp.Write("list.txt", "elsewhere/bench3\n");
        var run = CliRun.Invoke("suite", list, list, "-o", _temp.File("elsewhere/bench3/report.md"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("inside the input directory", run.Error);
        Assert.Equal(["a.txt"], Directory.GetFiles(_temp.File("elsewhere/bench3")).Select(Path.GetFileName));
    }

    [Fact]
    public void Output_beside_the_sides_is_written()
    {
        var run = Suite("-o", _temp.File("report.md"));
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(_temp.File("report.md")));
    }
}
