using PyStats.Tests.Golden;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Export;

/// <summary>An output that cannot be written is one clear line and exit 1, and never leaves a partial file.</summary>
public sealed class ExportFailureTests
{
    private static readonly GoldenCase Golden = GoldenCases.SingleReports().First();

    [Theory]
    [InlineData("json")]
    [InlineData("markdown")]
    public void A_file_under_a_file_is_exit_1_with_one_line_and_nothing_written(string format)
    {
        using var temp = new TempDirectory();
        string blocker = temp.Write("blocker", "not a directory");
        string output = Path.Combine(blocker, "report." + format);
        var run = ExportCases.Run(Golden, "--format", format, "-o", output);
        AssertCleanFailure(run, output);
        Assert.Equal([blocker], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_csv_directory_that_is_a_file_is_exit_1_with_one_line()
    {
        using var temp = new TempDirectory();
        string blocker = temp.Write("out", "not a directory");
        var run = ExportCases.Run(Golden, "--format", "csv", "-o", blocker);
        AssertCleanFailure(run, blocker);
        Assert.Equal("not a directory", File.ReadAllText(blocker));
    }

    [Fact]
    public void A_csv_write_failing_midway_leaves_whole_files_only_and_no_index()
    {
        using var temp = new TempDirectory();
        string dir = temp.File("out");
        Assert.Equal(0, ExportCases.Run(Golden, "-f", "csv", "-o", dir).ExitCode);
        var index = RfcCsv.ReadFile(Path.Combine(dir, "index.csv")).Skip(1).ToList();
        Directory.Delete(dir, recursive: true);

        // A directory where the third table's file goes: that rename fails after two files are written.
        Directory.CreateDirectory(Path.Combine(dir, index[2][2]));
        var run = ExportCases.Run(Golden, "-f", "csv", "-o", dir);
        AssertCleanFailure(run, dir);

        var left = Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { index[0][2], index[1][2], index[2][2] }.Order(StringComparer.Ordinal), left);
        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(int.Parse(index[i][3]) + 1, RfcCsv.ReadFile(Path.Combine(dir, index[i][2])).Count);
        }

        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(dir, index[2][2])));
    }

    private static void AssertCleanFailure(CliRun run, string path)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        string line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"pystats: error: {path}: cannot write", line, StringComparison.Ordinal);
    }
}
