using System.Text.RegularExpressions;
using PyStats.Tests.Golden;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Extended;

/// <summary>
/// Counters current CPython prints that no summarizer revision shows (free-threading stats, the
/// JIT GOT size, Tier 2 counters a newer build adds) get tables of their own in the extended
/// report, leave "Other counters", and change nothing in the CPython-compatible report.
/// </summary>
public sealed class UnprintedCountersTests
{
    // What a free-threaded Tier 2 build prints at exit, in CPython's own format (Python/pystats.c).
    private const string Extra =
        "JIT GOT size: 96\n" +
        "Optimization shiny new counter: 7\n" +
        "Mutex sleeps (mutex_sleeps): 1234\n" +
        "QSBR polls (qsbr_polls): 56\n" +
        "World stops (world_stops): 78\n" +
        "World stop total ns (world_stop_total_ns): 900\n" +
        "World stop max ns (world_stop_max_ns): 120\n";

    private static string RealRawFile() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Corpus, "cpython-3.13", "stdlib-tests-tier2-on", "raw")).Order(StringComparer.Ordinal).First();

    private static (string Plain, string WithExtra) Inputs(TempDirectory temp)
    {
        string real = File.ReadAllText(RealRawFile());
        Assert.Contains("Optimization attempts:", real);
        return (temp.Write("plain.txt", real), temp.Write("extra.txt", real + Extra));
    }

    /// <summary>The output of <c>pystats</c> with arguments made from the two inputs (without and with the extra counters).</summary>
    private static string Report(Func<string, string, string[]> arguments)
    {
        using var temp = new TempDirectory();
        var (plain, extra) = Inputs(temp);
        var run = CliRun.Invoke(arguments(plain, extra));
        Assert.Equal(0, run.ExitCode);
        return run.Out;
    }

    private static string ExtendedReportWithExtraCounters() => Report((_, extra) => ["--extended", extra]);

    /// <summary>A labelled row with a doc tooltip, as the Markdown renderer writes it.</summary>
    private static string DocRow(string label, string count) =>
        $"<td align=\"left\">\n{Regex.Escape(label)}\n<details>(?s:(?!</td>).)*</details>\n</td>\n<td align=\"right\">{Regex.Escape(count)}</td>";

    private static string Section(string markdown, string heading)
    {
        int start = markdown.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no '{heading}' in the report");
        int end = markdown.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    [Fact]
    public void Free_threading_counters_get_their_own_section_and_leave_other_counters()
    {
        string report = ExtendedReportWithExtraCounters();
        string section = Section(report, "## Free-threading stats");
        foreach (var (label, count) in new[] { ("Mutex sleeps", "1,234"), ("QSBR polls", "56"), ("World stops", "78"), ("World stop total (ns)", "900"), ("World stop max (ns)", "120") })
        {
            Assert.Matches(DocRow(label, count), section);
        }

        // CPython prints them after the Tier 2 stats and before the rare events; so does the report.
        Assert.True(report.IndexOf("## Optimization (Tier 2) stats", StringComparison.Ordinal) < report.IndexOf("## Free-threading stats", StringComparison.Ordinal));
        Assert.True(report.IndexOf("## Free-threading stats", StringComparison.Ordinal) < report.IndexOf("## Rare events", StringComparison.Ordinal));

        Assert.All(new[] { "mutex_sleeps", "world_stop", "qsbr" }, field => Assert.DoesNotContain(field, Section(report, "## Other counters")));
    }

    [Fact]
    public void Tier2_counters_the_script_does_not_know_join_the_optimization_section()
    {
        string report = ExtendedReportWithExtraCounters();
        string tier2 = Section(report, "## Optimization (Tier 2) stats");
        string extras = tier2[tier2.IndexOf("### Other Tier 2 counters", StringComparison.Ordinal)..];
        Assert.Matches(DocRow("GOT size", "96"), extras);
        Assert.Contains("<td align=\"left\">Optimization shiny new counter</td>\n<td align=\"right\">7</td>", extras);

        Assert.Contains("None: every counter appears in a section above.", Section(report, "## Other counters"));
    }

    [Fact]
    public void The_cpython_compatible_report_does_not_change()
    {
        string before = Report((plain, _) => [plain]);
        string after = Report((_, extra) => [extra]);
        GoldenAssert.Identical(before, after, "CPython-compatible report with extra counters");
        Assert.DoesNotContain("Free-threading", after);
        Assert.DoesNotContain("Other Tier 2 counters", after);
    }

    [Fact]
    public void Without_such_counters_the_extended_report_has_no_new_sections()
    {
        string report = Report((plain, _) => ["--extended", plain]);
        Assert.DoesNotContain("Free-threading", report);
        Assert.DoesNotContain("Other Tier 2 counters", report);
    }

    [Fact]
    public void Comparisons_join_the_free_threading_rows()
    {
        string section = Section(Report((plain, extra) => ["--extended", plain, extra]), "## Free-threading stats");
        Assert.Matches(DocRow("Mutex sleeps", "") + "\n<td align=\"right\">1,234</td>\n<td align=\"right\">new</td>", section);
    }
}
