using PyStats.Report.Model;

namespace PyStats.Rendering.Html.Charts;

/// <summary>
/// The instructions whose share of all Tier 1 executions moved most between the runs, as a
/// diverging bar chart in points (a comparison's first chart: what changed, not how much ran).
/// Shares come from the "Execution counts" table: an instruction's count over its column's
/// total (the table lists every executed instruction, so that total is the run's Tier 1 total,
/// the denominator of the instruction-share rule), kept as <see cref="RatioCell"/>s so they print
/// like every other share.
/// </summary>
internal static class ShareChangeChart
{
    public const int Limit = 15;

    private const string SectionId = "execution-counts";

    public static ChartSpec? Build(ReportDocument document)
    {
        if (!document.IsComparison
            || ReportLookup.Section(document, SectionId) is not { } section
            || ReportLookup.Table(section, "execution-counts") is not { Rows.Count: > 0 } table)
        {
            return null;
        }

        int[] columns = ReportLookup.InputColumns(document, table, "Count");
        Int128[] totals = columns.Select(c => table.Rows.Aggregate(Int128.Zero, (sum, row) => sum + CountOf(row, c))).ToArray();
        if (columns[0] < 0 || totals[0] == 0)
        {
            return null;
        }

        // The runs compared with the base (a column and some executions each).
        var runs = Enumerable.Range(1, columns.Length - 1).Where(i => columns[i] >= 0 && totals[i] > 0).ToList();
        if (runs.Count == 0)
        {
            return null;
        }

        var shares = table.Rows.Select(row => columns.Select((c, i) => new RatioCell(CountOf(row, c), totals[i])).ToArray()).ToList();
        var top = Enumerable.Range(0, table.Rows.Count)
            .Select(r => (Row: r, Deltas: runs.Select(i => SharePoints.Delta(shares[r][0], shares[r][i]) ?? 0).ToArray()))
            .Where(r => r.Deltas.Any(d => d != 0))
            .OrderByDescending(r => r.Deltas.Max(Math.Abs))
            .Take(Limit)
            .OrderByDescending(r => r.Deltas[0])
            .ToList();
        if (top.Count == 0)
        {
            return null;
        }

        bool twoRuns = document.Inputs.Count == 2;
        var series = runs.Select((input, k) => new ChartSeries(
            twoRuns ? $"{document.Inputs[input].Label} vs {document.Inputs[0].Label}" : document.Inputs[input].Label,
            twoRuns ? "change" : ReportLookup.InputRole(input),
            Shade: 0,
            Stack: null,
            top.Select(t => t.Deltas[k]).ToList(),
            top.Select(t => $"{CellText.Format(shares[t.Row][0])} → {CellText.Format(shares[t.Row][input])} ({SharePoints.Change(shares[t.Row][0], shares[t.Row][input])})").ToList()))
            .ToList();

        return new ChartSpec(
            "chart-share-changes",
            "Largest changes in instruction share",
            $"The {top.Count} Tier 1 instructions whose share of all executions moved most, in points "
            + (twoRuns ? "(blue: a smaller share in the head, orange: a larger one)." : "against the base, one bar per run."),
            section.Id,
            Horizontal: true,
            Stacked: false,
            ChartUnit.Points,
            top.Select(t => ReportLookup.RowLabel(table.Rows[t.Row])).ToList(),
            series)
        {
            Diverging = true,
        };
    }

    private static Int128 CountOf(ReportRow row, int column) => ChartCells.At(row, column) is CountCell count ? count.Value : 0;
}
