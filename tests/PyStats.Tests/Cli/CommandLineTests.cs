using PyStats.Report.Building;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Cli;

/// <summary>
/// One command line: every command answers unknown options, surplus arguments, misplaced
/// subcommands and bad values the same way, with the footer naming its own help.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _a;

    public CommandLineTests()
    {
        _a = _temp.Write("a.json", "{\"Frames pushed\": 1, \"__nfiles__\": 1}");
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>Exit 2, nothing on stdout, one error line and the footer of <paramref name="command"/>.</summary>
    private static void AssertUsageError(CliRun run, string command, string error)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal($"pystats: error: {error}\nTry '{command} --help' for more information.\n", run.Error);
    }

    private string[] Args(string command, params string[] extra) => command switch
    {
        "pystats" => [.. extra, _a],
        "pystats merge" => ["merge", .. extra, _a, "-o", _temp.File("merged.json")],
        "pystats suite" => ["suite", .. extra, _temp.Path, _temp.Path],
        _ => [command["pystats ".Length..], .. extra, _a, _a],
    };

    public static TheoryData<string> Commands() => new() { "pystats", "pystats compare", "pystats suite", "pystats check", "pystats merge" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void An_unknown_option_is_the_same_usage_error_in_every_command(string command)
    {
        AssertUsageError(CliRun.Invoke(Args(command, "--no-such-option")), command, "unknown option '--no-such-option'");
        AssertUsageError(CliRun.Invoke(Args(command, "-Z")), command, "unknown option '-Z'");
        Assert.False(File.Exists(_temp.File("merged.json")));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("suite")]
    public void A_surplus_argument_is_the_same_usage_error(string command)
    {
        string[] args = command == "check" ? ["check", _a, _a, "extra"] : ["suite", _temp.Path, _temp.Path, "extra"];
        AssertUsageError(CliRun.Invoke(args), "pystats " + command, "unexpected argument 'extra'");
    }

    [Fact]
    public void An_unknown_option_is_named_even_when_a_surplus_argument_follows()
    {
        AssertUsageError(CliRun.Invoke("check", "--bogus", _a, _a), "pystats check", "unknown option '--bogus'");
    }

    [Fact]
    public void After_a_double_dash_a_dash_word_is_an_input_not_an_option()
    {
        var run = CliRun.Invoke("--", "-no-such-input");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("-no-such-input", run.Error);
        Assert.DoesNotContain("unknown option", run.Error);
    }

    [Theory]
    [InlineData("compare")]
    [InlineData("check")]
    [InlineData("merge")]
    [InlineData("suite")]
    public void Anything_before_a_subcommand_is_rejected(string command)
    {
        AssertUsageError(CliRun.Invoke(_temp.File("nonexistent"), command, _a, _a), "pystats " + command, $"'{command}' must come first: pystats {command} ARGUMENTS [options]");
        AssertUsageError(CliRun.Invoke("--extended", command, _a, _a), "pystats " + command, $"'{command}' must come first: pystats {command} ARGUMENTS [options]");
    }

    [Theory]
    [InlineData("compare", "<inputs>")]
    [InlineData("merge", "<inputs>")]
    [InlineData("check", "<base> <head>")]
    [InlineData("suite", "<base> <head>")]
    public void A_subcommand_help_shows_only_its_own_arguments(string command, string arguments)
    {
        var run = CliRun.Invoke(command, "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"pystats {command} {arguments}", run.Out);
        Assert.DoesNotContain("/tmp/py_stats", run.Out);
        Assert.DoesNotContain("--json-output", run.Out);
        int inputs = run.Out.Split("<inputs>").Length - 1;
        Assert.Equal(arguments == "<inputs>" ? 2 : 0, inputs);
    }

    [Fact]
    public void The_root_help_lists_the_subcommands_and_its_inputs()
    {
        var run = CliRun.Invoke("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("pystats [<inputs>...] [command] [options]", run.Out);
        foreach (string command in new[] { "compare", "suite", "check", "merge" })
        {
            Assert.Contains($"\n  {command} ", run.Out);
        }
    }

    [Fact]
    public void A_usage_error_found_while_running_names_the_help_of_its_command()
    {
        AssertUsageError(CliRun.Invoke("compare", _a, _a, "--label", "only"), "pystats compare", "1 label for 2 runs: give one --label per run");
        var check = CliRun.Invoke("check", _a, _a, "--format", "pdf");
        AssertUsageError(check, "pystats check", check.Error.Split('\n')[0]["pystats: error: ".Length..]);
        Assert.Contains("'pdf'", check.Error);
    }

    [Theory]
    [InlineData("3.99")]
    [InlineData("3.15.0")]
    [InlineData("2024-13-01")]
    [InlineData("no-such-revision")]
    [InlineData("3")]
    [InlineData("")]
    public void Dialect_accepts_only_the_supported_formats(string value)
    {
        AssertUsageError(CliRun.Invoke(_a, "--dialect", value), "pystats", $"--dialect '{value}': not a supported report format; expected {ReportDialectNames.Accepted}");
        AssertUsageError(CliRun.Invoke("compare", _a, _a, "--dialect", value), "pystats compare", $"--dialect '{value}': not a supported report format; expected {ReportDialectNames.Accepted}");
    }

    [Fact]
    public void Dialect_and_version_accept_the_supported_values()
    {
        Assert.Equal(0, CliRun.Invoke(_a, "--dialect", "3.13").ExitCode);
        Assert.Equal(0, CliRun.Invoke(_a, "--dialect", "3.14").ExitCode);
        Assert.Equal(0, CliRun.Invoke(_a, "--dialect", "inline-values").ExitCode);
        Assert.Equal(0, CliRun.Invoke(_a, "--dialect", "2024-06-15").ExitCode);
        Assert.Equal(0, CliRun.Invoke(_a, "--dialect", "3.15", "--cpython-version", "3.15").ExitCode);
    }

    [Theory]
    [InlineData("2.7")]
    [InlineData("3.99")]
    [InlineData("latest")]
    public void Cpython_version_accepts_only_built_in_metadata(string value)
    {
        foreach (var (args, command) in new[] { (Args("pystats"), "pystats"), (Args("pystats check"), "pystats check"), (Args("pystats merge"), "pystats merge") })
        {
            var run = CliRun.Invoke([.. args, "--cpython-version", value]);
            AssertUsageError(run, command, run.Error.Split('\n')[0]["pystats: error: ".Length..]);
            Assert.StartsWith($"pystats: error: --cpython-version '{value}': no built-in metadata for it; supported: ", run.Error);
            Assert.Contains("3.13", run.Error.Split('\n')[0]);
        }
    }

    [Theory]
    [InlineData("99999999999")]
    [InlineData("2147483648")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("ten")]
    public void Top_out_of_range_names_the_range(string value)
    {
        AssertUsageError(CliRun.Invoke(_a, "--top", value), "pystats", $"--top '{value}': expected a whole number of rows from 1 to 2147483647");
    }

    [Fact]
    public void Top_at_the_upper_bound_is_accepted()
    {
        Assert.Equal(0, CliRun.Invoke(_a, "--top", "2147483647").ExitCode);
    }

    [Fact]
    public void Merge_of_one_input_says_one_input()
    {
        string output = _temp.File("merged.json");
        var run = CliRun.Invoke("merge", _a, "-o", output);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"pystats: merged 1 input (1 data file, 2 counters) into {output}\n", run.Error);
    }

    [Fact]
    public void Three_inputs_in_the_bare_form_counts_them()
    {
        AssertUsageError(CliRun.Invoke(_a, _a, _a), "pystats", "3 inputs given; the report takes one (a report) or two (base and head)");
    }
}
