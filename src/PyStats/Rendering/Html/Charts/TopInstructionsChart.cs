using PyStats.Numbers;
using PyStats.Report.Model;

namespace PyStats.Rendering.Html.Charts;

/// <summary>
/// The most executed Tier 1 instructions, from the "Execution counts" table: one bar per input.
/// A comparison table is sorted by change, so rows are ranked here by their largest count over
/// the inputs (an instruction hot in either run is shown); ties keep the table's order.
/// </summary>
internal static class TopInstructionsChart
{
    public const int Limit = 20;

    private const string SectionId = "execution-counts";

    public static ChartSpec? Build(ReportDocument document)
    {
        if (ReportLookup.Section(document, SectionId) is not { } section
            || ReportLookup.Table(section, "execution-counts") is not { Rows.Count: > 0 } table)
        {
            return null;
        }

        int[] columns = ReportLookup.InputColumns(document, table, "Count");
        if (columns.All(c => c < 0))
        {
            return null;
        }

        var top = table.Rows
            .OrderByDescending(row => columns.Max(c => ChartCells.Count(row, c)))
            .Take(Limit)
            .ToList();

        var series = new List<ChartSeries>();
        for (int i = 0; i < columns.Length; i++)
        {
            int column = columns[i];
            if (column < 0)
            {
                continue;
            }

            series.Add(new ChartSeries(
                ReportLookup.InputName(document, i, "Count"),
                ReportLookup.InputRole(i),
                Shade: 0,
                Stack: null,
                top.Select(row => ChartCells.Count(row, column)).ToList(),
                top.Select(row => ChartCells.Text(row, column)).ToList()));
        }

        string description = document.IsComparison
            ? $"The {Plural.Of(top.Count, "instruction")} with the highest execution count in either run."
            : $"The {Plural.Of(top.Count, "instruction")} with the highest execution count.";
        return new ChartSpec(
            "chart-top-instructions",
            "Top Tier 1 instructions by execution count",
            description,
            section.Id,
            Horizontal: true,
            Stacked: false,
            ChartUnit.Count,
            top.Select(ReportLookup.RowLabel).ToList(),
            series);
    }
}
