using System.Numerics;
using PyStats.Model;
using PyStats.Parsing;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Safety;

/// <summary>
/// Defects 5 and 10 of issue 8: a JSON counter is a non-negative integer below 2^64, anything else
/// is an error naming the key and the reason; no total wraps; merged output always reads back.
/// </summary>
public sealed class NumberTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private CliRun RunJson(string value)
    {
        string path = _temp.Write("in.json", $"{{\"Frames pushed\": 1, \"Frame objects created\": {value}, \"__nfiles__\": 1}}");
        return CliRun.Invoke(path);
    }

    [Theory]
    [InlineData("170141183460469231731687303715884105727", "too large")] // 2^127 − 1: the old code summed it and wrapped
    [InlineData("18446744073709551616", "too large")] // 2^64
    [InlineData("1606938044258990275541962092341162602522202993782792835301376", "too large")] // 2^200
    [InlineData("-1", "negative")]
    [InlineData("1.5", "not a whole number")]
    [InlineData("1e3", "not a whole number")]
    [InlineData("\"12\"", "the value is a string, not a number")]
    [InlineData("true", "the value is a boolean, not a number")]
    [InlineData("null", "the value is null, not a number")]
    public void A_json_counter_that_is_not_an_unsigned_64_bit_integer_names_key_and_reason(string value, string reason)
    {
        var run = RunJson(value);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("key 'Frame objects created'", run.Error);
        Assert.Contains(reason, run.Error);
    }

    [Theory]
    [InlineData("18446744073709551615")]
    [InlineData("0")]
    [InlineData("-0")]
    public void The_whole_counter_range_is_accepted(string value)
    {
        var run = RunJson(value);
        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Fact]
    public void Object_and_list_members_of_pipelines_are_not_counters_and_are_accepted()
    {
        string path = _temp.Write(
            "in.json",
            "{\"Frames pushed\": 1, \"metadata\": {\"commit\": \"abc\", \"n\": null}, \"tags\": [\"x\", true], \"__nfiles__\": 1}");
        var run = CliRun.Invoke(path);
        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Fact]
    public void Raw_values_with_leading_zeros_are_numbers()
    {
        string path = _temp.Write("raw/a.txt", "Frames pushed : 000000000000000000000000042\n");
        var run = CliRun.Invoke(path, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Fact]
    public void Merging_totals_that_do_not_fit_a_counter_is_an_error_and_writes_nothing()
    {
        // The old code wrote -2 here (two counters of 2^127 − 1 summed in 128 bits).
        string a = _temp.Write("a.json", "{\"Frames pushed\": 18446744073709551615, \"__nfiles__\": 1}");
        string b = _temp.Write("b.json", "{\"Frames pushed\": 18446744073709551615, \"__nfiles__\": 1}");
        string merged = _temp.File("merged.json");
        var run = CliRun.Invoke("merge", a, b, "-o", merged);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("key 'Frames pushed'", run.Error);
        Assert.Contains("36893488147419103230", run.Error);
        Assert.False(File.Exists(merged));
    }

    [Fact]
    public void Merged_output_reads_back()
    {
        string a = _temp.Write("a.json", "{\"Frames pushed\": 9223372036854775807, \"__nfiles__\": 1}");
        string b = _temp.Write("b.json", "{\"Frames pushed\": 9223372036854775808, \"__nfiles__\": 2}");
        string merged = _temp.File("merged.json");
        Assert.Equal(0, CliRun.Invoke("merge", a, b, "-o", merged).ExitCode);
        var back = CliRun.Invoke(merged, "--format", "json");
        Assert.True(back.ExitCode == 0, back.Error);
        Assert.Contains("\"Frames pushed\": 18446744073709551615", File.ReadAllText(merged));
    }

    [Fact]
    public void A_comparison_of_near_limit_counters_has_no_negative_totals()
    {
        string a = _temp.Write("a.json", "{\"opcode[NOP].execution_count\": 18446744073709551615, \"opcode[CACHE].execution_count\": 18446744073709551615, \"__nfiles__\": 1}");
        var run = CliRun.Invoke(a, a, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("\"value\":-", run.Out);
        Assert.DoesNotContain("-100.0%", run.Out);
        Assert.Contains("36893488147419103230", run.Out); // the exact total of the two
    }

    [Fact]
    public void A_total_beyond_the_report_arithmetic_names_the_key()
    {
        // Only reachable with billions of files, so the sum is made directly: a total of 2^95 − 1 (the limit) twice.
        var huge = new StatsData("x", InputKind.Json, new CounterSet([new("Frames pushed", (Int128.One << 95) - 1)]), PyStats.Metadata.BuiltInMetadata.For("3.13"), "3.13");
        var error = Assert.Throws<StatsInputException>(() => PyStats.Merging.StatsMerger.Merge([huge, huge], "merged"));
        Assert.Contains("key 'Frames pushed'", error.Message);
        Assert.Contains(((BigInteger.One << 96) - 2).ToString(), error.Message);
    }
}
