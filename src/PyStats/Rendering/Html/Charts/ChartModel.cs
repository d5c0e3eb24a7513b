using PyStats.Report.Model;

namespace PyStats.Rendering.Html.Charts;

/// <summary>
/// The charts of the HTML report, read from a computed <see cref="ReportDocument"/>. This is
/// the only place that selects or reorders numbers for plotting (top N, stacking order). It
/// derives one thing only, with the model's own cells: the change of a share in points (two
/// ratio cells the tables show; for instructions, their counts over the column's total).
/// A comparison leads with what changed (share changes, hit ratios side by side); a single
/// report shows distributions.
/// </summary>
public static class ChartModel
{
    public static IReadOnlyList<ChartSpec> Build(ReportDocument document)
    {
        var charts = new List<ChartSpec>();
        Add(charts, ShareChangeChart.Build(document));
        Add(charts, FamilyHitChart.Build(document));
        Add(charts, TopInstructionsChart.Build(document));
        Add(charts, SpecializationChart.Build(document));
        Add(charts, EffectivenessChart.Build(document));
        charts.AddRange(HistogramCharts.Build(document));
        return charts;
    }

    private static void Add(List<ChartSpec> charts, ChartSpec? chart)
    {
        if (chart is not null)
        {
            charts.Add(chart);
        }
    }
}
