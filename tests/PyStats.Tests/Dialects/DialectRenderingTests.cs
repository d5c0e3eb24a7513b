using PyStats.Report.Building;

namespace PyStats.Tests.Dialects;

/// <summary>One test per output difference between summarizer revisions, each on a minimal input.</summary>
public sealed class DialectRenderingTests
{
    [Fact]
    public void Leading_zero_buckets_are_kept_until_the_trimming_revision()
    {
        var data = DialectInputs.Data([.. DialectInputs.Tier2, ("Trace length[4]", 0), ("Trace length[8]", 2), ("Trace length[16]", 0)]);
        Assert.Contains("<td align=\"left\"><= 4</td>", DialectInputs.Markdown(ReportDialects.Python313, data), StringComparison.Ordinal);
        string trimmed = DialectInputs.Markdown(ReportDialects.Python315, data);
        Assert.DoesNotContain("<= 4</td>", trimmed, StringComparison.Ordinal);
        Assert.Contains("<td align=\"left\"><= 8</td>", trimmed, StringComparison.Ordinal);
        Assert.DoesNotContain("<= 16</td>", trimmed, StringComparison.Ordinal);
    }

    [Fact]
    public void Optimizer_table_and_errors_section_arrive_with_the_optimizer_table_revision()
    {
        var data = DialectInputs.Data(DialectInputs.Tier2);
        string old = DialectInputs.Markdown(ReportDialects.Alpha4, data);
        string newer = DialectInputs.Markdown(ReportDialects.OptimizerTable, data);
        Assert.DoesNotContain("Optimizer attempts", old, StringComparison.Ordinal);
        Assert.DoesNotContain("Optimizer errored out with opcode", old, StringComparison.Ordinal);
        Assert.Contains("Optimizer attempts", newer, StringComparison.Ordinal);
        Assert.Contains("### Optimizer errored out with opcode", newer, StringComparison.Ordinal);
    }

    [Fact]
    public void Uop_pair_counts_and_the_opcode_pairs_summary_arrive_together()
    {
        var data = DialectInputs.Data([.. DialectInputs.Tier2, ("opcode[NOP].execution_count", 3), ("opcode[NOP].pair_count[NOP]", 2)]);
        string before = DialectInputs.Markdown(ReportDialects.InlineValues, data);
        string after = DialectInputs.Markdown(ReportDialects.UopPairs, data);
        Assert.Contains("<summary> Pair counts for top 100 Tier 1 instructions </summary>", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Non-JIT uop pairs", before, StringComparison.Ordinal);
        Assert.Contains("<summary> Pair counts for top 100 opcode pairs </summary>", after, StringComparison.Ordinal);
        Assert.Contains("<summary> Pair counts for top 100 Non-JIT uop pairs </summary>", after, StringComparison.Ordinal);
    }

    [Fact]
    public void Trace_too_short_is_misspelt_until_the_3_13_revision()
    {
        var data = DialectInputs.Data(DialectInputs.Tier2);
        Assert.Contains("A potential trace is abandoced because it it too short.", DialectInputs.Markdown(ReportDialects.UopPairs, data), StringComparison.Ordinal);
        Assert.Contains("A potential trace is abandoned because it it too short.", DialectInputs.Markdown(ReportDialects.Python313, data), StringComparison.Ordinal);
    }

    [Fact]
    public void Materializations_are_divided_by_the_revisions_values_counter()
    {
        var data = DialectInputs.Data([("Object new values", 10), ("Object materialize dict (on request)", 5)]);
        string old = DialectInputs.Markdown(ReportDialects.OptimizerTable, data);
        string newer = DialectInputs.Markdown(ReportDialects.InlineValues, data);
        Assert.Contains("\"New values\" is the number of values arrays created for objects with\nmanaged dicts.", old, StringComparison.Ordinal);
        Assert.Contains("<td align=\"right\">50.0%</td>", old, StringComparison.Ordinal);
        Assert.Contains("\"Inline values\" is the number of values arrays inlined into objects.", newer, StringComparison.Ordinal);
        Assert.Contains("<td align=\"right\">5 / 0 !!</td>", newer, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_iter_failures_are_named_as_iter_failures_from_the_trimming_revision()
    {
        Assert.False(ReportDialects.Python313.GetIterUsesIterFailureNames);
        Assert.True(ReportDialects.Python315.GetIterUsesIterFailureNames);
    }

    [Fact]
    public void The_binary_op_branch_prints_its_failure_table_before_the_meta_stats()
    {
        var data = DialectInputs.Data([("Binary specialization failure[785]", 3), ("Binary specialization failure[14097]", 1)]);
        string text = DialectInputs.Markdown(ReportDialects.BinaryOpFailures, data);
        int section = text.IndexOf("## Binary op specialization failures", StringComparison.Ordinal);
        Assert.InRange(section, 0, text.IndexOf("## Meta stats", StringComparison.Ordinal));
        Assert.Contains("<td align=\"left\">0 3 1 1</td>\n<td align=\"right\">3</td>\n<td align=\"left\">75.0%</td>", text, StringComparison.Ordinal);
        Assert.Contains("<td align=\"left\">13 3 1 1</td>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Binary op specialization failures", DialectInputs.Markdown(ReportDialects.InlineValues, data), StringComparison.Ordinal);
    }
}
