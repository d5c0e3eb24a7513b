namespace PyStats.Rendering.Html.Charts;

/// <summary>
/// One chart of the HTML report, as data: what the page's chart script draws with Chart.js.
/// Every value comes from a cell of the <see cref="PyStats.Report.Model.ReportDocument"/>.
/// </summary>
/// <param name="Id">Unique within the page; also the id of the chart's figure.</param>
/// <param name="SourceSectionId">The report section whose table holds the charted numbers.</param>
/// <param name="Horizontal">Bars grow to the right (long category names read better).</param>
/// <param name="Stacked">Series sharing a <see cref="ChartSeries.Stack"/> are stacked.</param>
public sealed record ChartSpec(
    string Id,
    string Title,
    string Description,
    string SourceSectionId,
    bool Horizontal,
    bool Stacked,
    ChartUnit Unit,
    IReadOnlyList<string> Labels,
    IReadOnlyList<ChartSeries> Series);
