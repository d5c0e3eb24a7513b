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

        html.Raw("<table class=\"inputs\">\n<thead><tr><th>Input</th><th>Source</th><th>Kind</th><th class=\"r\">Files</th><th>CPython</th><th>Metadata</th></tr></thead>\n<tbody>\n");
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
            html.Raw("<p class=\"legend\">Change cells: <span class=\"chg down m3\">large decrease</span> <span class=\"chg down m1\">small decrease</span> ")
                .Raw("<span class=\"chg up m1\">small increase</span> <span class=\"chg up m3\">large increase</span> ")
                .Raw("(colour by sign and size only: more is not better or worse by itself; hover for the two counts).</p>\n");
        }

        html.Raw("</div>\n</header>\n");
    }

    /// <summary>The loader's input kinds in words; anything new is shown as the model names it.</summary>
    private static string KindText(string kind) => kind switch
    {
        "RawDirectory" => "raw counter files",
        "Json" => "merged JSON",
        _ => kind,
    };
}
