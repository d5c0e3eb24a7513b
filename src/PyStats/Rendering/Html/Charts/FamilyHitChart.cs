using PyStats.Report.Model;

namespace PyStats.Rendering.Html.Charts;

/// <summary>
/// The specialization hit ratio of each family as base → head pairs (one bar per run, side by
/// side on a 0–100% axis), from the Ratio column of each family's "Kind" table: what a
/// comparison asks of specialization is whether hits went up or down, which stacks of
/// hit / miss / deferred per run hide. The tooltip gives every run's ratio and count and the
/// change in points against the base.
/// </summary>
internal static class FamilyHitChart
{
    private const string Kind = "hit";

    public static ChartSpec? Build(ReportDocument document)
    {
        if (!document.IsComparison || SpecializationFamilies.Find(document) is not { } found)
        {
            return null;
        }

        var families = found.Families;
        var series = document.Inputs.Select((_, input) => new ChartSeries(
            document.Inputs[input].Label,
            ReportLookup.InputRole(input),
            Shade: 0,
            Stack: null,
            families.Select(f => f.Row(Kind) is { } row ? ChartCells.Percent(row, f.Ratios[input]) : 0).ToList(),
            families.Select(f => f.Row(Kind) is { } row ? ChartCells.CountAndRatio(row, f.Counts[input], f.Ratios[input]) : string.Empty).ToList()))
            .ToList();

        return new ChartSpec(
            "chart-family-hits",
            "Specialization hit ratio by family",
            "Hits as a share of each family's total (hit + miss + executions), one bar per run, from the Kind tables of \"Specialization stats\".",
            found.Section.Id,
            Horizontal: true,
            Stacked: false,
            ChartUnit.Percent,
            families.Select(f => f.Title).ToList(),
            series)
        {
            AxisMax = 100,
            Notes = families.Select(f => Note(document, f)).ToList(),
        };
    }

    /// <summary>"Change: +3.2 pts" (or one such per run against the base), empty where a side has no ratio.</summary>
    private static string Note(ReportDocument document, SpecializationFamily family)
    {
        if (family.Row(Kind) is not { } row)
        {
            return string.Empty;
        }

        var changes = new List<string>();
        for (int input = 1; input < document.Inputs.Count; input++)
        {
            if (SharePoints.Change(ChartCells.At(row, family.Ratios[0]), ChartCells.At(row, family.Ratios[input])) is { } change)
            {
                changes.Add(document.Inputs.Count == 2 ? "Change: " + change : $"{document.Inputs[input].Label}: {change}");
            }
        }

        return string.Join(" · ", changes);
    }
}
