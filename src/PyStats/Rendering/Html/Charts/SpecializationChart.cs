using PyStats.Report.Model;

namespace PyStats.Rendering.Html.Charts;

/// <summary>
/// Hit / miss / deferred per specialization family, stacked, from each family's "Kind" table, in a
/// single report (the distribution of one run). The bars use the table's Ratio column (share of
/// the family's hit + miss + executions), since absolute counts differ by orders of magnitude
/// between families; tooltips give both.
/// </summary>
internal static class SpecializationChart
{
    private static readonly string[] Kinds = ["hit", "miss", "deferred"];

    /// <summary>The distribution of a single report; comparisons get <see cref="FamilyHitChart"/> instead.</summary>
    public static ChartSpec? Build(ReportDocument document)
    {
        if (document.IsComparison || SpecializationFamilies.Find(document) is not { } found)
        {
            return null;
        }

        var families = found.Families;
        var series = Kinds.Select(kind => new ChartSeries(
            kind,
            kind,
            Shade: 0,
            Stack: "all",
            families.Select(f => f.Row(kind) is { } row ? ChartCells.Percent(row, f.Ratios[0]) : 0).ToList(),
            families.Select(f => f.Row(kind) is { } row ? ChartCells.CountAndRatio(row, f.Counts[0], f.Ratios[0]) : string.Empty).ToList()))
            .ToList();

        return new ChartSpec(
            "chart-specialization",
            "Specialization by family: hit / miss / deferred",
            "Share of each family's total (hit + miss + executions), from the Kind tables of \"Specialization stats\".",
            found.Section.Id,
            Horizontal: true,
            Stacked: true,
            ChartUnit.Percent,
            families.Select(f => f.Title).ToList(),
            series);
    }
}
