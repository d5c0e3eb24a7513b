using PyStats.Report.Model;

namespace PyStats.Rendering.Html.Charts;

/// <summary>
/// Hit / miss / deferred per specialization family, stacked, from each family's "Kind" table.
/// The bars use the table's Ratio column (share of the family's hit + miss + executions), since
/// absolute counts differ by orders of magnitude between families; tooltips give both.
/// In a comparison each input gets its own stack per family.
/// </summary>
internal static class SpecializationChart
{
    private static readonly string[] Kinds = ["hit", "miss", "deferred"];

    public static ChartSpec? Build(ReportDocument document)
    {
        if (ReportLookup.Section(document, "specialization-stats") is not { } section)
        {
            return null;
        }

        var families = section.Parts.OfType<ReportSection>()
            .Select(family => (family.Title, Table: ReportLookup.Table(family, "kinds")))
            .Where(f => f.Table is { Rows.Count: > 0 })
            .Select(f => (f.Title, Table: f.Table!,
                Counts: ReportLookup.InputColumns(document, f.Table!, "Count"),
                Ratios: ReportLookup.InputColumns(document, f.Table!, "Ratio")))
            .ToList();
        if (families.Count == 0)
        {
            return null;
        }

        var series = new List<ChartSeries>();
        for (int input = 0; input < document.Inputs.Count; input++)
        {
            string label = document.Inputs[input].Label;
            foreach (string kind in Kinds)
            {
                var values = new List<double>(families.Count);
                var texts = new List<string>(families.Count);
                foreach (var (_, table, counts, ratios) in families)
                {
                    int count = counts[input], ratio = ratios[input];
                    var row = table.Rows.FirstOrDefault(r => ReportLookup.RowLabel(r) == kind);
                    values.Add(row is null ? 0 : ChartCells.Percent(row, ratio));
                    texts.Add(row is null ? string.Empty : ChartCells.CountAndRatio(row, count, ratio));
                }

                string name = document.IsComparison ? $"{label} {kind}" : kind;
                series.Add(new ChartSeries(name, kind, input, label, values, texts));
            }
        }

        return new ChartSpec(
            "chart-specialization",
            "Specialization by family: hit / miss / deferred",
            "Share of each family's total (hit + miss + executions), from the Kind tables of \"Specialization stats\".",
            section.Id,
            Horizontal: true,
            Stacked: true,
            ChartUnit.Percent,
            families.Select(f => f.Title).ToList(),
            series);
    }
}
