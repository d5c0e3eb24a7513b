using PyStats.Tests.Golden;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Cli;

public sealed class ReportCommandTests
{
    private static string SampleOff => Path.Combine(RepoPaths.Samples, "cpython-3.13", "stdlib-tests-tier2-off", "raw");

    [Fact]
    public void Output_option_writes_the_same_report_to_a_file()
    {
        using var temp = new TempDirectory();
        string output = temp.File("report.md");
        var run = CliRun.Invoke(SampleOff, "-o", output);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        GoldenAssert.Identical(File.ReadAllText(Path.Combine(RepoPaths.Samples, "cpython-3.13", "stdlib-tests-tier2-off", "expected.md")), File.ReadAllText(output), "-o output");
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Date_option_wins_over_source_date_epoch()
    {
        var run = CliRun.Invoke(SampleOff, "--date", "2024-02-29");
        Assert.EndsWith("---\nStats gathered on: 2024-02-29\n", run.Out);
    }

    [Fact]
    public void Source_date_epoch_sets_the_date_in_utc()
    {
        var run = CliRun.Invoke([SampleOff], new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1765238399" });
        Assert.EndsWith("Stats gathered on: 2025-12-08\n", run.Out);
    }

    [Fact]
    public void Without_date_or_epoch_the_date_is_today_utc()
    {
        var run = CliRun.Invoke([SampleOff], new Dictionary<string, string>());
        string today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.EndsWith($"Stats gathered on: {today}\n", run.Out);
    }

    [Fact]
    public void Json_output_round_trips_to_the_same_report()
    {
        using var temp = new TempDirectory();
        string json = temp.File("merged.json");
        var fromRaw = CliRun.Invoke(SampleOff, "--json-output", json);
        var fromJson = CliRun.Invoke(json);
        Assert.Equal(0, fromJson.ExitCode);
        Assert.Equal(fromRaw.Out, fromJson.Out);
    }

    [Fact]
    public void Dialect_override_changes_histogram_trimming()
    {
        string on = Path.Combine(RepoPaths.Samples, "cpython-3.13", "stdlib-tests-tier2-on", "raw");
        var detected = CliRun.Invoke(on);
        var forced = CliRun.Invoke(on, "--dialect", "3.15");
        Assert.Contains("<td align=\"left\"><= 1</td>", detected.Out);
        Assert.DoesNotContain("<td align=\"left\"><= 1</td>\n<td align=\"right\">0</td>", forced.Out);
        Assert.NotEqual(detected.Out, forced.Out);
    }

    [Fact]
    public void A_single_raw_file_is_accepted_as_input()
    {
        string file = Directory.GetFiles(SampleOff).OrderBy(f => f, StringComparer.Ordinal).First();
        var run = CliRun.Invoke(file);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("<td align=\"left\">Number of data files</td>\n<td align=\"right\">1</td>", run.Out);
    }

    [Fact]
    public void Help_lists_the_options()
    {
        var run = CliRun.Invoke("--help");
        Assert.Equal(0, run.ExitCode);
        foreach (string option in new[] { "--json-output", "--output", "--date", "--cpython-source", "--cpython-version", "--dialect", "--format" })
        {
            Assert.Contains(option, run.Out);
        }
    }
}

public sealed class LargeCounterTests
{
    [Fact]
    public void Sums_beyond_64_bits_are_exact_in_the_report_and_refused_by_the_json_output()
    {
        using var temp = new TempDirectory();
        for (int i = 0; i < 3; i++)
        {
            temp.Write($"raw/{i}.txt", "Frames pushed : 18446744073709551615\nFrame objects created : 1\n");
        }

        var report = CliRun.Invoke(temp.File("raw"));
        Assert.Equal(0, report.ExitCode);
        // 3 × (2^64 − 1) = 55340232221128654845
        Assert.Contains("<td align=\"right\">55,340,232,221,128,654,845</td>", report.Out);

        // The merged JSON holds unsigned 64-bit counters, and what pystats writes it reads back:
        // a total that does not fit is an error naming the key, and nothing is written.
        string json = temp.File("merged.json");
        var run = CliRun.Invoke(temp.File("raw"), "--json-output", json);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'Frames pushed'", run.Error);
        Assert.Contains("55340232221128654845", run.Error);
        Assert.False(File.Exists(json));
        Assert.Single(Directory.GetFileSystemEntries(temp.Path));
    }
}
