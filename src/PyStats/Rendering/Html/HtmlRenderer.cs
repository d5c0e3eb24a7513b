using System.Globalization;
using PyStats.Rendering.Html.Charts;
using PyStats.Report.Model;

namespace PyStats.Rendering.Html;

/// <summary>
/// Writes a report as one self-contained, interactive HTML page: the Markdown report's
/// sections, tables and numbers, plus charts, sorting, filtering and tooltips. Everything is
/// inline (CSS, Chart.js, the page script, the chart data) and a Content-Security-Policy
/// forbids every network load, so the file opens from disk and never calls out.
/// It only formats: the numbers come from the <see cref="ReportDocument"/> (tables) and
/// <see cref="ChartModel"/> (charts).
/// </summary>
public sealed class HtmlRenderer
{
    private const string ChartDataId = "pystats-charts";

    /// <summary>
    /// The summaries a page leads with, above the charts: the headline of a
    /// comparison (<c>Report/Headline</c>), and a suite's index and list of unmatched benchmarks
    /// (<c>Suite/</c>), so a suite on one page starts with its index.
    /// </summary>
    private static readonly HashSet<string> LeadSectionIds = new(StringComparer.Ordinal) { "headline", "suite-index", "unmatched-benchmarks" };

    public void Render(ReportDocument document, TextWriter output) => Render(document, output, HtmlPageOptions.Default);

    public void Render(ReportDocument document, TextWriter output, HtmlPageOptions page)
    {
        var charts = ChartModel.Build(document).Select(c => ChartTitles.Named(c, document, page.ChartTitlePrefix)).ToList();
        var ids = ElementIds.For(document, [ChartGallery.SectionId, "main", "tooltip", ChartDataId, .. charts.Select(c => c.Id)], page.Pages);
        var html = new HtmlWriter(output);

        WriteHead(html, document, page.Title);
        html.Raw("<body>\n<a class=\"skip-link\" href=\"#main\">Skip to the report</a>\n");
        WritePageNav(html, page);
        PageHeader.Write(html, document);
        html.Raw("<div class=\"layout\">\n");
        // The headline (comparisons) leads, above the charts: what changed comes before raw data.
        // The contents list the sections in the page's order.
        var headline = document.Sections.Where(s => LeadSectionIds.Contains(s.Id)).ToList();
        TableOfContents.Write(html, [.. headline, .. document.Sections.Except(headline)], ids, charts.Count > 0 ? ChartGallery.SectionId : null, headline.Count);
        html.Raw("<main id=\"main\" tabindex=\"-1\">\n");
        var sections = new SectionWriter(html, ids, document.Extended);
        foreach (var section in headline)
        {
            sections.Write(section, level: 2, open: true);
        }

        ChartGallery.Write(html, charts, ids.OfSectionId);
        foreach (var section in document.Sections.Except(headline))
        {
            sections.Write(section, level: 2, open: true);
        }

        html.Raw("<footer class=\"page-footer\">Stats gathered on: ")
            .Text(document.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Raw(" · made by pystats</footer>\n</main>\n</div>\n")
            .Raw("<div id=\"tooltip\" role=\"tooltip\" hidden></div>\n");

        // Data first, then the library, then the page script that uses both.
        html.Raw("<script type=\"application/json\"").Attr("id", ChartDataId).Raw(">")
            .Raw(ChartJson.Serialize(charts))
            .Raw("</script>\n<script>").Raw(HtmlAssets.ChartLibrary).Raw("</script>\n")
            .Raw("<script>").Raw(HtmlAssets.Script).Raw("</script>\n</body>\n</html>\n");
    }

    public string Render(ReportDocument document)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        Render(document, writer);
        return writer.ToString();
    }

    /// <summary>On a page of a set: the way back up and the page's name.</summary>
    private static void WritePageNav(HtmlWriter html, HtmlPageOptions page)
    {
        if (page.UpHref is null && page.Title is null && page.Links.Count == 0)
        {
            return;
        }

        html.Raw("<nav class=\"page-nav\" aria-label=\"Suite\">");
        if (page.UpHref is not null)
        {
            html.Raw("<a class=\"up\"").Attr("href", page.UpHref).Raw(">").Text(page.UpText).Raw("</a>");
        }

        if (page.Title is not null)
        {
            html.Raw(page.UpHref is null ? string.Empty : " › ").Element("strong", "page-title", page.Title);
        }

        foreach (var (text, href) in page.Links)
        {
            html.Raw(" · <a").Attr("href", href).Raw(">").Text(text).Raw("</a>");
        }

        html.Raw("</nav>\n");
    }

    private static void WriteHead(HtmlWriter html, ReportDocument document, string? title)
    {
        // No source may be loaded from anywhere (default-src 'none'); only the two inline scripts
        // written below may run, by hash, so markup smuggled into a label could not execute even
        // if escaping failed. Styles are inline, and Chart.js sets style attributes on its canvas.
        string csp = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src "
            + HtmlAssets.Sha256Source(HtmlAssets.ChartLibrary) + " " + HtmlAssets.Sha256Source(HtmlAssets.Script)
            + "; base-uri 'none'; form-action 'none'";
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta http-equiv=\"Content-Security-Policy\"").Attr("content", csp).Raw(">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<meta name=\"generator\" content=\"pystats\">\n")
            .Element("title", string.Empty, title is null ? PageHeader.Title(document) : title + " · " + PageHeader.Title(document))
            .Raw("\n<style>").Raw(HtmlAssets.Style).Raw("</style>\n</head>\n");
    }
}
