using PyStats.Rendering.Html.Charts;

namespace PyStats.Rendering.Html;

/// <summary>
/// The "Charts" section: one figure per chart with a title, a line on what it shows and a link
/// to the table it was drawn from. The canvases are filled by the page's script from the JSON
/// block written by <see cref="HtmlRenderer"/>.
/// </summary>
internal static class ChartGallery
{
    public const string SectionId = "charts";

    public static void Write(HtmlWriter html, IReadOnlyList<ChartSpec> charts, Func<string, string> sectionAnchor)
    {
        if (charts.Count == 0)
        {
            return;
        }

        html.Raw("<section class=\"report-section level-2 charts\"").Attr("id", SectionId).Raw(">\n<details open><summary>")
            .Element("h2", string.Empty, "Charts")
            .Element("span", "summary-text", "Drawn from the tables below; hover a bar for its exact value.")
            .Raw("</summary>\n<div class=\"section-body chart-grid\">\n");
        foreach (var chart in charts)
        {
            html.Raw("<figure class=\"chart-card\"").Attr("id", chart.Id).Raw(">\n<figcaption>")
                .Element("h3", string.Empty, chart.Title)
                .Raw("<p>").Text(chart.Description).Raw(" <a").Attr("href", "#" + sectionAnchor(chart.SourceSectionId)).Raw(">Table</a></p>");
            if (chart.Unit == ChartUnit.Count)
            {
                html.Raw("<button type=\"button\" class=\"log-toggle\" aria-pressed=\"false\">Log scale</button>");
            }

            html.Raw("</figcaption>\n<div class=\"chart-box\"><canvas role=\"img\"").Attr("aria-label", chart.Title).Raw("></canvas></div>\n</figure>\n");
        }

        html.Raw("</div>\n</details>\n</section>\n");
    }
}
