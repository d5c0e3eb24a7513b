using System.Globalization;
using PyStats.Report.Model;

namespace PyStats.Rendering.Html;

/// <summary>
/// The top of the page: what was compared (or reported), each input's source, file count,
/// CPython version and metadata, the report dialect and date, and the colour legend.
/// </summary>
internal static class PageHeader
{
    public static string Title(ReportDocument document) =>
        document.IsComparison
            ? "pystats comparison: " + string.Join(" vs ", document.Inputs.Select(i => i.Label))
            : "pystats report";

    public static void Write(HtmlWriter html, ReportDocument document)
    {
        html.Raw("<header class=\"page-header\">\n<div class=\"header-inner\">\n<div class=\"title-row\">")
            .Element("h1", string.Empty, document.IsComparison ? "CPython pystats comparison" : "CPython pystats report")
            .Element("span", "badge", "dialect " + document.Dialect)
            .Element("span", "badge", "stats gathered on " + document.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Raw("</div>\n");
        if (document.DialectReason.Length > 0)
        {
            // Which revision of CPython's script the Markdown reproduces, and the evidence for it.
            html.Element("p", "dialect-reason", $"Report script revision {document.Dialect}: {document.DialectReason}").Raw("\n");
        }

        html.Raw("<table class=\"inputs\">\n<thead><tr><th scope=\"col\">Input</th><th scope=\"col\">Source</th><th scope=\"col\">Kind</th><th scope=\"col\" class=\"r\">Files</th><th scope=\"col\">CPython</th><th scope=\"col\">Metadata</th></tr></thead>\n<tbody>\n");
        foreach (var input in document.Inputs)
        {
            html.Raw("<tr>")
                .Element("td", "input-label", input.Label)
                .Element("td", "source", input.Source)
                .Element("td", string.Empty, KindText(input.Kind))
                .Element("td", "r", CellText.Format(new CountCell(input.FileCount)))
                .Element("td", string.Empty, input.CPythonVersion ?? "unknown")
                .Element("td", string.Empty, input.MetadataOrigin)
                .Raw("</tr>\n");
        }

        html.Raw("</tbody>\n</table>\n");
        if (document.IsComparison)
        {
            WriteLegend(html);
        }

        html.Raw("</div>\n</header>\n");
    }

    /// <summary>What the colours of change cells and rows mean (the CSS of changes.css).</summary>
    private static void WriteLegend(HtmlWriter html)
    {
        html.Raw("<div class=\"legend\">\n<p>Change cells are coloured by <strong>importance</strong>, the change relative to its threshold ")
            .Raw("(the rule's; elsewhere 10% for a relative change, 1 pt for a share), percentages and points alike. ")
            .Raw("Blue is a decrease, orange an increase: the direction only, as more of a counter is not better or worse by itself.</p>\n<p>")
            .Raw("<span class=\"chg down imp4\">5×</span><span class=\"chg down imp3\">2×</span><span class=\"chg down imp2\">1×</span><span class=\"chg down imp1\">below</span>")
            .Raw("<span class=\"chg up imp1\">below</span><span class=\"chg up imp2\">1×</span><span class=\"chg up imp3\">2×</span><span class=\"chg up imp4\">5× threshold</span> ")
            .Raw("· <span class=\"chg new\">new</span><span class=\"chg gone\">gone</span> from or to nothing, sorted first ")
            .Raw("· <span class=\"fail-sample\">fail</span> a failing change, listed first ")
            .Raw("· hover or focus a change cell (Tab, arrow keys) for its two counts.</p>\n</div>\n");
    }

    /// <summary>The loader's input kinds in words; anything new is shown as the model names it.</summary>
    private static string KindText(string kind) => kind switch
    {
        "RawDirectory" => "raw counter files",
        "Json" => "merged JSON",
        _ => kind,
    };
}
