using PyStats.Tests.Infrastructure;
using PyStats.Tests.Safety;

namespace PyStats.Tests.Cli;

/// <summary>Bad inputs found by trying every command as a demanding user: each is one line and a documented exit code, never an internal error.</summary>
public sealed class MoreBadInputTests : IDisposable
{
    private const string Json = "{\"Frames pushed\": 5, \"__nfiles__\": 1}";
    private readonly TempDirectory _temp = new();

    public MoreBadInputTests() => _temp.Write("f.json", Json);

    public void Dispose() => _temp.Dispose();

    private static void AssertOneError(CliRun run, int exitCode, string fragment)
    {
        Assert.Equal(exitCode, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.DoesNotContain("internal error", run.Error);
        string[] lines = run.Error.TrimEnd('\n').Split('\n');
        Assert.StartsWith("pystats: error: ", lines[0]);
        Assert.Contains(fragment, lines[0]);
        Assert.Equal(exitCode == 2 ? 2 : 1, lines.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("compare", "F", "")]
    [InlineData("check", "", "F")]
    [InlineData("merge", "F", "", "-o", "-")]
    [InlineData("suite", "", "F")]
    [InlineData("F", "--rules", "")]
    public void An_empty_input_path_is_a_usage_error(params string[] args)
    {
        var run = CliRun.Invoke([.. args.Select(a => a == "F" ? _temp.File("f.json") : a)]);
        AssertOneError(run, 2, "an input path is empty ('')");
    }

    [Theory]
    [InlineData("F", "-o", "")]
    [InlineData("F", "--json-output", "", "-o", "-")]
    [InlineData("merge", "F", "-o", "")]
    [InlineData("check", "F", "F", "-o", "")]
    [InlineData("suite", "D", "D", "-o", "")]
    public void An_empty_output_path_is_a_usage_error(params string[] args)
    {
        _temp.Write("d/f.json", Json);
        var run = CliRun.Invoke([.. args.Select(a => a switch { "F" => _temp.File("f.json"), "D" => _temp.File("d"), _ => a })]);
        AssertOneError(run, 2, "'': an empty path");
    }

    [Fact]
    public void A_directory_as_rules_file_says_so()
    {
        Directory.CreateDirectory(_temp.File("rules"));
        AssertOneError(CliRun.Invoke(_temp.File("f.json"), "--rules", _temp.File("rules")), 1, "cannot read the rules file: it is a directory");
    }

    [Fact]
    public void A_json_file_as_a_suite_side_says_what_a_side_is()
    {
        AssertOneError(CliRun.Invoke("suite", _temp.File("f.json"), _temp.File("f.json")), 1, "a JSON file, not a suite side");
    }

    [Fact]
    public void An_unreadable_suite_side_is_one_line()
    {
        // Root reads everything, so as root the run loses the two capabilities that let it (it
        // stays root: the build it runs may sit in a directory only root may enter, as in CI).
        _temp.Write("side/b.json", Json);
        Assert.Equal(0, ShellRun.Invoke("chmod 000 side", _temp.Path).ExitCode);
        string user = ShellRun.IsRoot ? "setpriv --bounding-set=-dac_override,-dac_read_search " : string.Empty;
        var run = ShellRun.Invoke($"{user}\"$PYSTATS\" suite side side", _temp.Path);
        Assert.Equal(0, ShellRun.Invoke("chmod 755 side", _temp.Path).ExitCode);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.StartsWith("pystats: error: side: cannot list the benchmarks: ", run.Error);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("missing option '--output'", "merge", "F")]
    [InlineData("missing argument 'inputs'", "merge", "-o", "x.json")]
    [InlineData("missing argument 'head'", "check", "F")]
    [InlineData("missing argument 'base'", "suite")]
    [InlineData("option '-o' given more than once", "F", "-o", "a", "-o", "b")]
    [InlineData("option '--date' given more than once", "compare", "F", "F", "--date", "2024-01-01", "--date", "2024-01-02")]
    [InlineData("--label ' ': a label cannot be blank", "compare", "F", "F", "--label", " ", "--label", "x")]
    public void Missing_and_repeated_arguments_are_said_in_our_words(string expected, params string[] args)
    {
        var run = CliRun.Invoke([.. args.Select(a => a == "F" ? _temp.File("f.json") : a)]);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"pystats: error: {expected}", run.Error.Split('\n')[0]);
        Assert.StartsWith("Try 'pystats", run.Error.Split('\n')[1]);
    }

    [Theory]
    [InlineData("\"$PYSTATS\" - <&-", "-: standard input is closed")]
    [InlineData("\"$PYSTATS\" /dev/stdin <&-", "/dev/stdin: standard input is closed")]
    [InlineData("\"$PYSTATS\" merge f.json - -o - <&-", "-: standard input is closed")]
    public void Closed_standard_input_is_an_error_not_a_hang(string script, string message)
    {
        // Closed, descriptor 0 is taken by the runtime's own pipe, whose reads never end.
        var run = ShellRun.Invoke(script, _temp.Path, timeoutSeconds: 30);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.StartsWith($"pystats: error: {message}", run.Error);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_piped_standard_input_is_still_read()
    {
        var run = ShellRun.Invoke("cat f.json | \"$PYSTATS\" - && cat f.json | \"$PYSTATS\" /dev/stdin", _temp.Path, timeoutSeconds: 30);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Closed_stdout_is_one_error_and_closed_stderr_no_crash()
    {
        var stdout = ShellRun.Invoke("\"$PYSTATS\" f.json >&-", _temp.Path);
        Assert.Equal(1, stdout.ExitCode);
        Assert.Equal("pystats: error: stdout: cannot write the output: stdout is closed\n", stdout.Error);

        // Nowhere to say it, but the exit status still tells (was: SIGABRT, 134).
        Assert.Equal(1, ShellRun.Invoke("\"$PYSTATS\" nope.json 2>&-", _temp.Path).ExitCode);
        var fine = ShellRun.Invoke("\"$PYSTATS\" f.json 2>&-", _temp.Path);
        Assert.Equal(0, fine.ExitCode);
        Assert.StartsWith("## Execution counts", fine.Out);
    }

    [Fact]
    public void An_output_under_a_file_says_the_file_is_not_a_directory()
    {
        AssertOneError(CliRun.Invoke(_temp.File("f.json"), "-o", _temp.File("f.json/x.md")), 1, "is a file, not a directory");
    }
}
