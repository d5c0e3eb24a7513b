using PyStats.Rendering.Html.Charts;
using PyStats.Report.Model;

namespace PyStats.Rendering.Html;

/// <summary>
/// Chart titles that say whose numbers they show. A page of a set (a suite's benchmark page)
/// puts its own prefix before every title; a page that nests whole reports in its top-level
/// sections (a suite on one page: the aggregate, each benchmark) starts the title of a chart
/// drawn from one of them with that section's title ("Benchmark nbody: Trace length histogram"),
/// so cards of alike charts are told apart.
/// </summary>
internal static class ChartTitles
{
    public static ChartSpec Named(ChartSpec chart, ReportDocument document, string pagePrefix) =>
        chart with { Title = pagePrefix + Owner(chart, document) + chart.Title };

    /// <summary>
    /// "TITLE: " of the top-level section whose report the chart's source belongs to, or empty
    /// when the source is a section of the page's own report (the top-level section itself or
    /// one level below it, as in every single report and comparison).
    /// </summary>
    private static string Owner(ChartSpec chart, ReportDocument document)
    {
        foreach (var section in document.Sections)
        {
            string prefix = section.Id + "/";
            if (chart.SourceSectionId.StartsWith(prefix, StringComparison.Ordinal))
            {
                return chart.SourceSectionId.IndexOf('/', prefix.Length) >= 0 ? section.Title + ": " : string.Empty;
            }
        }

        return string.Empty;
    }
}
