using System.Text;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Cli;

/// <summary>Every kind of bad input gives one clear line on stderr, exit 1 (2 for usage) and no stack trace.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static void AssertOneCleanError(CliRun run, int exitCode, params string[] fragments)
    {
        Assert.Equal(exitCode, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.DoesNotContain("Exception", run.Error);
        string firstLine = run.Error.Split('\n')[0];
        Assert.StartsWith("pystats: error: ", firstLine);
        foreach (string fragment in fragments)
        {
            Assert.Contains(fragment, firstLine);
        }
    }

    [Fact]
    public void Missing_path()
    {
        string path = _temp.File("nope");
        AssertOneCleanError(CliRun.Invoke(path), 1, path, "no such file or directory");
    }

    [Fact]
    public void Directory_without_counter_files_says_how_to_collect_them()
    {
        string dir = _temp.File("empty");
        Directory.CreateDirectory(dir);
        AssertOneCleanError(CliRun.Invoke(dir), 1, dir, "no counter files", "--enable-pystats", "PYTHONSTATS=1");
    }

    [Fact]
    public void Raw_file_that_is_not_utf8_names_file_and_line()
    {
        _temp.Write("raw/a.txt", "opcode[NOP].execution_count : 1\n");
        string bad = _temp.WriteBytes("raw/b.txt", [.. "opcode[NOP].execution_count : 1\nkey"u8, 0xFF, 0xFE, .. " : 2\n"u8]);
        AssertOneCleanError(CliRun.Invoke(_temp.File("raw")), 1, bad + ":2", "not UTF-8");
    }

    [Fact]
    public void Value_that_is_not_an_unsigned_integer_names_file_line_and_key()
    {
        _temp.Write("raw/a.txt", "opcode[NOP].execution_count : 1\n");
        string bad = _temp.Write("raw/b.txt", "opcode[NOP].execution_count : 1\n  GC[0] collections : 12x\n");
        AssertOneCleanError(CliRun.Invoke(_temp.File("raw")), 1, bad + ":2", "'12x'", "'GC[0] collections'", "not an unsigned integer");
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("")]
    [InlineData("0x10")]
    public void Negative_fractional_empty_or_hex_values_are_rejected(string value)
    {
        string bad = _temp.Write("raw/a.txt", $"Frames pushed : {value}\n");
        AssertOneCleanError(CliRun.Invoke(_temp.File("raw")), 1, bad + ":1", "not an unsigned integer");
    }

    [Fact]
    public void Value_above_64_bits_is_rejected()
    {
        string bad = _temp.Write("raw/a.txt", "Frames pushed : 18446744073709551616\n");
        AssertOneCleanError(CliRun.Invoke(_temp.File("raw")), 1, bad + ":1", "64-bit");
    }

    [Fact]
    public void Error_in_several_files_reports_the_first_file_in_name_order()
    {
        for (int i = 0; i < 40; i++)
        {
            _temp.Write($"raw/{i:D3}.txt", i % 7 == 3 ? "Frames pushed : bad\n" : "Frames pushed : 1\n");
        }

        AssertOneCleanError(CliRun.Invoke(_temp.File("raw")), 1, _temp.File("raw/003.txt") + ":1");
    }

    [Fact]
    public void Malformed_json_gives_the_position()
    {
        string path = _temp.Write("bad.json", "{\n  \"Frames pushed\": 1,\n  \"GC[0] collections\" 2\n}");
        AssertOneCleanError(CliRun.Invoke(path), 1, path + ":3:", "malformed JSON");
    }

    [Fact]
    public void Json_that_is_not_utf8()
    {
        string path = _temp.WriteBytes("bad.json", [.. "{\"Frames \xff"u8, .. "\": 1}"u8]);
        byte[] bytes = File.ReadAllBytes(path);
        bytes[9] = 0xFF;
        File.WriteAllBytes(path, bytes);
        AssertOneCleanError(CliRun.Invoke(path), 1, path, "not UTF-8");
    }

    [Theory]
    [InlineData("[1, 2, 3]", "expected an object")]
    [InlineData("{\"a\": \"text\", \"b\": [1]}", "'a': the value is a string")]
    [InlineData("{\"Frames pushed\": 1, \"_defines\": [1]}", "'_defines'")]
    [InlineData("{\"Frames pushed\": 1, \"_stats_defines\": {\"x\": [\"A\"]}}", "'x' is not an integer")]
    [InlineData("{\"Frames pushed\": 1, \"_specialized_instructions\": [1]}", "'_specialized_instructions'")]
    [InlineData("{\"Frames pushed\": -1}", "'Frames pushed'")]
    [InlineData("{\"Frames pushed\": 1.5}", "'Frames pushed'")]
    public void Json_of_the_wrong_shape(string json, string fragment)
    {
        string path = _temp.Write("shape.json", json);
        AssertOneCleanError(CliRun.Invoke(path), 1, path, fragment);
    }

    [Fact]
    public void Unparsable_lines_are_warnings_naming_file_and_line_not_errors()
    {
        string file = _temp.Write("raw/a.txt", "Frames pushed : 3\nno colon here\na : b : c\n\nFrame objects created : 1\n");
        var run = CliRun.Invoke(_temp.File("raw"));
        Assert.Equal(0, run.ExitCode);
        string[] warnings = run.Error.TrimEnd('\n').Split('\n');
        Assert.Equal(3, warnings.Length);
        Assert.StartsWith($"pystats: warning: {file}:2: unparsable line 'no colon here'", warnings[0]);
        Assert.StartsWith($"pystats: warning: {file}:3: unparsable line 'a : b : c'", warnings[1]);
        Assert.StartsWith($"pystats: warning: {file}:4: unparsable line ''", warnings[2]);
        Assert.Contains("Frames pushed", run.Out);
    }

    [Fact]
    public void Json_output_with_two_inputs_is_a_usage_error()
    {
        string a = _temp.Write("a.json", "{\"Frames pushed\": 1}");
        AssertOneCleanError(CliRun.Invoke(a, a, "--json-output", _temp.File("o.json")), 2, "--json-output");
        Assert.False(File.Exists(_temp.File("o.json")));
    }

    [Fact]
    public void Three_inputs_in_the_bare_form_is_a_usage_error()
    {
        string a = _temp.Write("a.json", "{\"Frames pushed\": 1}");
        AssertOneCleanError(CliRun.Invoke(a, a, a), 2, "3 inputs");
    }

    [Theory]
    [InlineData("--date", "2025-13-01")]
    [InlineData("--dialect", "2.7")]
    [InlineData("--cpython-version", "2.7")]
    [InlineData("--format", "pdf")]
    public void Bad_option_values_are_usage_errors(string option, string value)
    {
        string a = _temp.Write("a.json", "{\"Frames pushed\": 1}");
        AssertOneCleanError(CliRun.Invoke(a, option, value), 2, option);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var run = CliRun.Invoke("--no-such-option");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--no-such-option", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Bad_source_date_epoch_is_a_usage_error()
    {
        string a = _temp.Write("a.json", "{\"Frames pushed\": 1}");
        var run = CliRun.Invoke([a], new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "yesterday" });
        AssertOneCleanError(run, 2, "SOURCE_DATE_EPOCH");
    }

    [Fact]
    public void A_failed_run_leaves_an_existing_output_file_untouched()
    {
        string output = _temp.Write("report.md", "previous report\n");
        string json = _temp.Write("merged.json", "{\"previous\": 1}");
        var run = CliRun.Invoke(_temp.File("missing"), "-o", output, "--json-output", json);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("previous report\n", File.ReadAllText(output));
        Assert.Equal("{\"previous\": 1}", File.ReadAllText(json));
        Assert.Equal(2, Directory.GetFiles(_temp.Path).Length);
    }

    [Fact]
    public void Output_into_a_missing_directory_is_an_error_that_names_the_file()
    {
        string a = _temp.Write("a.json", "{\"Frames pushed\": 1}");
        string output = _temp.File("no/such/dir/report.md");
        AssertOneCleanError(CliRun.Invoke(a, "-o", output), 1, output, "cannot write");
    }
}
