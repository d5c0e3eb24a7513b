using System.Text;
using PyStats.Cli;
using PyStats.IO;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Safety;

/// <summary>
/// Defect 11 of issue 8, on the command line: a path that is not valid UTF-8 (<c>bad\xff.json</c>)
/// is read, by the bytes the kernel kept in /proc/self/cmdline, and shown escaped; an output
/// named so is refused with exit 2. Process-level: .NET cannot pass such bytes itself, so the
/// names are made by <c>printf</c> under <c>/bin/sh</c>.
/// </summary>
public sealed class NonUtf8ArgumentTests : IDisposable
{
    private const string Json = "{\"Frames pushed\": 5, \"__nfiles__\": 1}";
    private const string Names = "f=$(printf 'bad\\377.json'); d=$(printf 'raw\\376dir'); ";
    private readonly TempDirectory _temp = new();

    public NonUtf8ArgumentTests()
    {
        var run = ShellRun.Invoke(Names + "printf '%s' '" + Json + "' > \"$f\" && mkdir \"$d\" && printf 'Frames pushed : 2\\nno colon\\n' > \"$d/a.txt\"", _temp.Path);
        Assert.Equal(0, run.ExitCode);
    }

    public void Dispose() => _temp.Dispose();

    private ShellRun Run(string command) => ShellRun.Invoke(Names + command, _temp.Path);

    [Fact]
    public void A_json_file_with_a_non_utf8_name_is_reported()
    {
        var run = Run("\"$PYSTATS\" \"$f\"");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(ShellRun.Invoke("cp \"$(printf 'bad\\377.json')\" good.json && \"$PYSTATS\" good.json", _temp.Path).Out, run.Out);
    }

    [Fact]
    public void A_raw_directory_with_a_non_utf8_name_is_read_and_named_escaped()
    {
        var run = Run("\"$PYSTATS\" \"$d\" --format json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("pystats: warning: raw\\xFEdir/a.txt:2: unparsable line 'no colon' (expected 'KEY: VALUE'); skipped\n", run.Error);
        Assert.Contains("\"source\":\"raw\\\\xFEdir\"", run.Out);
    }

    [Fact]
    public void Compare_and_merge_take_them_too()
    {
        var compare = Run("\"$PYSTATS\" compare \"$f\" \"$d\" --format json");
        Assert.Equal(0, compare.ExitCode);
        Assert.Contains("\"source\":\"bad\\\\xFF.json\"", compare.Out);
        var merge = Run("\"$PYSTATS\" merge \"$f\" \"$d\" -o merged.json");
        Assert.Equal(0, merge.ExitCode);
        Assert.Contains("\"Frames pushed\": 7", File.ReadAllText(_temp.File("merged.json")));
    }

    [Fact]
    public void A_missing_non_utf8_path_is_named_escaped()
    {
        var run = Run("\"$PYSTATS\" \"$(printf 'nope\\377.json')\"");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("pystats: error: nope\\xFF.json: no such file or directory\n", run.Error);
    }

    [Theory]
    [InlineData("\"$PYSTATS\" good.json -o \"$(printf 'out\\377.md')\"", "-o 'out\\xFF.md'")]
    [InlineData("\"$PYSTATS\" good.json --json-output \"$(printf 'out\\377.json')\"", "--json-output 'out\\xFF.json'")]
    [InlineData("\"$PYSTATS\" \"$f\" -o \"$f\"", "-o 'bad\\xFF.json'")]
    [InlineData("\"$PYSTATS\" merge good.json --output=\"$(printf 'out\\377.json')\"", "--output 'out\\xFF.json'")]
    public void An_output_with_a_non_utf8_name_is_refused(string command, string named)
    {
        Assert.Equal(0, ShellRun.Invoke("printf '%s' '" + Json + "' > good.json", _temp.Path).ExitCode);
        var run = Run(command);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.StartsWith($"pystats: error: {named}: the name is not valid UTF-8", run.Error);
        Assert.Equal(2, run.Error.TrimEnd('\n').Split('\n').Length);
        Assert.Equal(["bad\uFFFD.json", "good.json", "raw\uFFFDdir"], Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bytes_are_matched_by_position_from_the_end_of_argv()
    {
        byte[] cmdline = [.. "dotnet\0pystats.dll\0"u8, .. "a\xFF"u8.ToArray().Take(1), 0xFF, 0, .. "b\0"u8, (byte)'a', 0xFE, 0];
        var bytes = CommandLineBytes.Recover(["a\uFFFD", "b", "a\uFFFD"], cmdline);
        Assert.NotNull(bytes);
        Assert.Equal(new byte[] { (byte)'a', 0xFF }, bytes[0]);
        Assert.Null(bytes[1]);
        Assert.Equal(new byte[] { (byte)'a', 0xFE }, bytes[2]);

        // A command line that does not decode to the arguments recovers nothing.
        Assert.Null(CommandLineBytes.Recover(["x\uFFFD", "b", "a\uFFFD"], cmdline));
        Assert.Null(CommandLineBytes.Recover(["1", "2", "3", "4", "5", "6"], cmdline));
    }

    [Fact]
    public void Text_options_are_left_alone_and_history_is_not_touched()
    {
        byte[] raw = [(byte)'x', 0xFF];
        string lossy = Encoding.UTF8.GetString(raw);
        var opened = NonUtf8Arguments.Resolve(["compare", "a", lossy, "--label", lossy], [null, null, raw, null, raw], _ => "/proc/self/fd/9");
        Assert.Equal(["compare", "a", "/proc/self/fd/9", "--label", lossy], opened.Args);
        Assert.Equal("x\\xFF", opened.Names["/proc/self/fd/9"]);
        Assert.Null(opened.Error);

        var history = NonUtf8Arguments.Resolve(["history", lossy], [null, raw], _ => "/proc/self/fd/9");
        Assert.Equal(["history", lossy], history.Args);
    }
}
