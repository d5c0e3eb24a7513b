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
    IReadOnlyList<ChartSeries> Series)
{
    /// <summary>
    /// Bars grow both ways from zero and a lone series is coloured by sign (decrease / increase),
    /// like the change cells.
    /// </summary>
    public bool Diverging { get; init; }

    /// <summary>The value axis ends here (100 for shares that are never more than the whole).</summary>
    public double? AxisMax { get; init; }

    /// <summary>
    /// One line per label shown under the series in the tooltip (e.g. the change between the
    /// runs), or empty for none.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
