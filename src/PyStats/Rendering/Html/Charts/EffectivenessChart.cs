using PyStats.Report.Model;

namespace PyStats.Rendering.Html.Charts;

/// <summary>
/// How Tier 1 executions split into basic / not specialized / specialized hits / misses: one
/// stacked bar per input, from the "Specialization effectiveness" table's Ratio column. A
/// comparison sorts that table's rows by change, so the series follow a fixed order here to
/// keep the colours and stacking stable.
/// </summary>
internal static class EffectivenessChart
{
    private static readonly (string Label, string Role)[] KnownRows =
    [
        ("Basic", "basic"),
        ("Not specialized", "notspec"),
        ("Specialized hits", "hits"),
        ("Specialized misses", "misses"),
    ];

    public static ChartSpec? Build(ReportDocument document)
    {
        if (ReportLookup.Section(document, "specialization-effectiveness") is not { } section
            || ReportLookup.Table(section, "effectiveness") is not { Rows.Count: > 0 } table)
        {
            return null;
        }

        int[] counts = ReportLookup.InputColumns(document, table, "Count");
        int[] ratios = ReportLookup.InputColumns(document, table, "Ratio");
        var rows = table.Rows
            .OrderBy(row => Rank(ReportLookup.RowLabel(row)))
            .ToList();

        var series = rows.Select(row =>
        {
            string label = ReportLookup.RowLabel(row);
            int rank = Rank(label);
            string role = rank < KnownRows.Length ? KnownRows[rank].Role : "other";
            return new ChartSeries(
                label,
                role,
                Shade: 0,
                Stack: "all",
                ratios.Select(column => ChartCells.Percent(row, column)).ToList(),
                counts.Select((column, i) => ChartCells.CountAndRatio(row, column, ratios[i])).ToList());
        }).ToList();

        return new ChartSpec(
            "chart-effectiveness",
            "Specialization effectiveness",
            "Tier 1 executions split by kind of instruction (share of all executions).",
            section.Id,
            Horizontal: true,
            Stacked: true,
            ChartUnit.Percent,
            document.Inputs.Select((_, i) => ReportLookup.InputName(document, i, "All")).ToList(),
            series);
    }

    private static int Rank(string label)
    {
        int index = Array.FindIndex(KnownRows, k => k.Label == label);
        return index < 0 ? KnownRows.Length : index;
    }
}
