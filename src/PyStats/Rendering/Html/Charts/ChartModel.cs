using PyStats.Report.Model;

namespace PyStats.Rendering.Html.Charts;

/// <summary>
/// The charts of the HTML report, read from a computed <see cref="ReportDocument"/>. This is
/// the only place that selects or reorders numbers for plotting (top N, stacking order); it
/// never derives a number the report's tables do not show.
/// </summary>
public static class ChartModel
{
    public static IReadOnlyList<ChartSpec> Build(ReportDocument document)
    {
        var charts = new List<ChartSpec>();
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
