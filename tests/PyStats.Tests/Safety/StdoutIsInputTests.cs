using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Safety;

/// <summary>
/// stdout redirected onto an input (<c>pystats f.json &gt;&gt; f.json</c>, or into a raw input
/// directory) is an output that is an input: refused with exit 2 before anything is written.
/// Process-level: only a real process has a stdout that is a file.
/// </summary>
public sealed class StdoutIsInputTests : IDisposable
{
    private const string Json = "{\"Frames pushed\": 5, \"__nfiles__\": 1}";
    private readonly TempDirectory _temp = new();

    public StdoutIsInputTests()
    {
        _temp.Write("in.json", Json);
        _temp.Write("head.json", Json);
        _temp.Write("raw/a.txt", "Frames pushed : 1\n");
    }

    public void Dispose() => _temp.Dispose();

    private static void AssertRefused(ShellRun run, string fragment)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("pystats: error: stdout ", run.Error);
        Assert.Contains(fragment, run.Error.Split('\n')[0]);
        Assert.Contains("redirect stdout to another file", run.Error);
    }

    [Theory]
    [InlineData("\"$PYSTATS\" in.json >> in.json")]
    [InlineData("\"$PYSTATS\" ./in.json >> in.json")]
    [InlineData("\"$PYSTATS\" --extended in.json 1>> in.json")]
    [InlineData("\"$PYSTATS\" compare in.json head.json >> head.json")]
    [InlineData("\"$PYSTATS\" check in.json head.json >> in.json")]
    [InlineData("\"$PYSTATS\" merge in.json head.json -o - >> in.json")]
    [InlineData("\"$PYSTATS\" in.json --json-output - -o out.md >> in.json")]
    [InlineData("\"$PYSTATS\" - < in.json >> in.json")]
    public void Appending_stdout_to_an_input_is_refused_and_the_input_kept(string script)
    {
        var run = ShellRun.Invoke(script, _temp.Path);
        AssertRefused(run, "is the input");
        Assert.Equal(Json, File.ReadAllText(_temp.File("in.json")));
        Assert.Equal(Json, File.ReadAllText(_temp.File("head.json")));
        Assert.False(File.Exists(_temp.File("out.md")));
    }

    [Fact]
    public void Truncating_stdout_onto_an_input_is_refused_too()
    {
        // The shell has emptied the file before pystats starts: the data is gone, but no report of
        // nothing is written as if all were well.
        AssertRefused(ShellRun.Invoke("\"$PYSTATS\" in.json > in.json", _temp.Path), "is the input");
        Assert.Equal(string.Empty, File.ReadAllText(_temp.File("in.json")));
    }

    [Fact]
    public void Stdout_into_a_raw_input_directory_is_refused()
    {
        AssertRefused(ShellRun.Invoke("\"$PYSTATS\" raw >> raw/report.md", _temp.Path), "inside the input directory");
        Assert.Equal(string.Empty, File.ReadAllText(_temp.File("raw/report.md")));
        Assert.Equal("Frames pushed : 1\n", File.ReadAllText(_temp.File("raw/a.txt")));
    }

    [Fact]
    public void Stdout_to_another_file_or_a_device_is_written()
    {
        var run = ShellRun.Invoke("\"$PYSTATS\" in.json >> report.md && \"$PYSTATS\" in.json > /dev/null && \"$PYSTATS\" in.json | cat > piped.md", _temp.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("Number of data files", File.ReadAllText(_temp.File("report.md")));
        Assert.Equal(File.ReadAllText(_temp.File("report.md")), File.ReadAllText(_temp.File("piped.md")));
    }
}
