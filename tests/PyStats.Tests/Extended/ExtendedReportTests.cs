using PyStats.Tests.Golden;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Extended;

public sealed class ExtendedReportTests
{
    private static string Corpus(string path) => Path.Combine(RepoPaths.Corpus, path);

    private static readonly string Off = Corpus("cpython-3.13/stdlib-tests-tier2-off/raw");
    private static readonly string On = Corpus("cpython-3.13/stdlib-tests-tier2-on/raw");

    private static List<string> Headings(string markdown) =>
        markdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Extended_comparison_adds_summary_sections_and_joins_pair_tables()
    {
        var run = CliRun.Invoke("--extended", Off, On);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["## Headline", "## Significant changes", "## Sanity checks", "## Execution counts", "## Pair counts", "## Predecessor/Successor Pairs", "## Specialization stats",
             "## Specialization effectiveness", "## Call stats", "## Object stats", "## GC stats", "## Optimization (Tier 2) stats", "## Rare events", "## Meta stats", "## Other counters"],
            Headings(run.Out));
        Assert.DoesNotContain("Not included in comparative output.", run.Out);
        Assert.DoesNotContain(" / 0 !!", run.Out);
        Assert.Contains("<th align=\"right\">Base Self</th>", run.Out);
        Assert.Contains("### LOAD_ATTR\n\n<details>\n<summary> Successors and predecessors for LOAD_ATTR </summary>", run.Out);
    }

    [Fact]
    public void New_and_gone_replace_n_over_zero_and_come_first()
    {
        var compat = CliRun.Invoke(Off, On);
        var extended = CliRun.Invoke("--extended", Off, On);
        Assert.Contains("<td align=\"right\">4,730 / 0 !!</td>", compat.Out);
        string optimization = extended.Out[extended.Out.IndexOf("## Optimization (Tier 2) stats", StringComparison.Ordinal)..];
        Assert.Contains("<td align=\"right\">4,730</td>\n<td align=\"right\"></td>\n<td align=\"right\">new</td>", optimization);

        // Instructions only the head executed (Tier 2 entry points) lead the extended execution counts.
        string counts = extended.Out[extended.Out.IndexOf("## Execution counts", StringComparison.Ordinal)..];
        int firstRow = counts.IndexOf("<tbody>\n<tr>\n<td align=\"left\">", StringComparison.Ordinal) + "<tbody>\n<tr>\n<td align=\"left\">".Length;
        string firstRowText = counts[firstRow..counts.IndexOf("</tr>", firstRow, StringComparison.Ordinal)];
        Assert.Matches("<td align=\"right\">(new|gone)</td>", firstRowText);
    }

    [Fact]
    public void Extended_single_report_keeps_cpythons_tables_unchanged()
    {
        string input = Corpus("cpython-3.15/pidigits/input.json");
        var compat = CliRun.Invoke(input).Out;
        var extended = CliRun.Invoke("--extended", input).Out;
        string fromExecutionCounts = extended[extended.IndexOf("## Execution counts", StringComparison.Ordinal)..extended.IndexOf("## Other counters", StringComparison.Ordinal)];
        string compatBody = compat[..compat.IndexOf("---\nStats gathered on", StringComparison.Ordinal)];
        GoldenAssert.Identical(compatBody, fromExecutionCounts, "extended single report body");
    }

    [Fact]
    public void Unknown_and_renamed_counters_are_listed_under_other_counters()
    {
        using var temp = new TempDirectory();
        temp.Write("raw/a.txt",
            "opcode[NOP].execution_count : 10\n" +
            "opcode[NOP].brand_new_field : 3\n" +
            "Object allocations : 5\n" +
            "Some counter from CPython 3.99 : 7\n" +
            "GC[0] objects frobnicated : 2\n" +
            "Optimization new thing : 1\n");
        var run = CliRun.Invoke("--extended", temp.File("raw"));
        Assert.Equal(0, run.ExitCode);
        string other = run.Out[run.Out.IndexOf("## Other counters", StringComparison.Ordinal)..];
        foreach (string key in new[] { "opcode[NOP].brand_new_field", "Some counter from CPython 3.99", "GC[0] objects frobnicated", "Optimization new thing" })
        {
            Assert.Contains($"<td align=\"left\">{key}</td>", other);
        }

        Assert.DoesNotContain("Object allocations", other);
        Assert.DoesNotContain("opcode[NOP].execution_count", other);
    }

    [Fact]
    public void Corpus_data_has_no_unknown_counters()
    {
        foreach (var c in GoldenCases.SingleReports().Where(c => c.Name.StartsWith("corpus/", StringComparison.Ordinal)))
        {
            var run = CliRun.Invoke("--extended", c.Inputs[0]);
            Assert.Contains("None: every counter appears in a section above.", run.Out);
        }
    }
}
