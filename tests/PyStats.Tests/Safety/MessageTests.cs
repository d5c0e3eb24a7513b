using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Safety;

/// <summary>
/// Defect 9 of issue 8: warnings and errors quote at most about 120 characters of the input, with
/// control characters escaped, so each message is one short printable line.
/// </summary>
public sealed class MessageTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static void AssertPrintableLines(string stderr, int maxLength)
    {
        foreach (string line in stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.True(line.Length <= maxLength, $"a {line.Length:N0}-character message line");
            Assert.DoesNotContain(line, char.IsControl);
        }
    }

    [Fact]
    public void A_huge_unparsable_line_is_quoted_cut()
    {
        string path = _temp.Write("raw/a.txt", "Frames pushed : 1\n" + new string('x', 1_000_000) + "\n");
        var run = CliRun.Invoke(path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(":2: unparsable line 'xxxxxxxx", run.Error);
        Assert.Contains("…' (1,000,000 bytes)", run.Error);
        AssertPrintableLines(run.Error, 400);
    }

    [Fact]
    public void Control_characters_in_lines_values_and_keys_are_escaped()
    {
        string warned = _temp.Write("w/a.txt", "Frames pushed : 1\n\u001b[31mred\u0007\n");
        var warning = CliRun.Invoke(warned);
        Assert.Equal(0, warning.ExitCode);
        Assert.Contains("unparsable line '\\x1B[31mred\\x07'", warning.Error);
        AssertPrintableLines(warning.Error, 400);

        string bad = _temp.Write("e/a.txt", "Frames\u001b pushed : 1\u0007x\n");
        var error = CliRun.Invoke(bad);
        Assert.Equal(1, error.ExitCode);
        Assert.Contains("value '1\\x07x' of key 'Frames\\x1B pushed'", error.Error);
        AssertPrintableLines(error.Error, 400);
    }

    [Fact]
    public void A_huge_bad_value_and_a_huge_json_key_are_cut()
    {
        string raw = _temp.Write("r/a.txt", "Frames pushed : 1" + new string('7', 500_000) + "x\n");
        var rawRun = CliRun.Invoke(raw);
        Assert.Equal(1, rawRun.ExitCode);
        AssertPrintableLines(rawRun.Error, 400);

        string json = _temp.Write("j.json", "{\"" + new string('k', 300_000) + "\u001b\": \"v\"}");
        var jsonRun = CliRun.Invoke(json);
        Assert.Equal(1, jsonRun.ExitCode);
        AssertPrintableLines(jsonRun.Error, 400);
    }

    [Fact]
    public void A_path_with_a_newline_is_shown_on_one_line()
    {
        string path = _temp.File("bad\nname");
        var run = CliRun.Invoke(path);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"pystats: error: {_temp.Path}/bad\\nname: no such file or directory\n", run.Error);
    }
}
