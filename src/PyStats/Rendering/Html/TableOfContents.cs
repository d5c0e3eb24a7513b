using PyStats.Report.Model;

namespace PyStats.Rendering.Html;

/// <summary>
/// The sticky side navigation: every top-level section, and the subsections of those that have
/// a handful (not the hundreds of per-opcode ones), plus expand/collapse-all buttons.
/// </summary>
internal static class TableOfContents
{
    private const int MaxListedChildren = 12;

    public static void Write(HtmlWriter html, ReportDocument document, ElementIds ids, string? chartsId)
    {
        html.Raw("<nav class=\"toc\" aria-label=\"Contents\">\n<div class=\"toc-title\">Contents</div>\n<ol>\n");
        if (chartsId is not null)
        {
            html.Raw("<li><a").Attr("href", "#" + chartsId).Raw(">Charts</a></li>\n");
        }

        foreach (var section in document.Sections)
        {
            html.Raw("<li><a").Attr("href", "#" + ids.Of(section)).Raw(">").Text(section.Title).Raw("</a>");
            var children = section.Parts.OfType<ReportSection>().ToList();
            if (children.Count > 0 && children.Count <= MaxListedChildren)
            {
                html.Raw("\n<ol>\n");
                foreach (var child in children)
                {
                    html.Raw("<li><a").Attr("href", "#" + ids.Of(child)).Raw(">").Text(child.Title).Raw("</a></li>\n");
                }

                html.Raw("</ol>\n");
            }

            html.Raw("</li>\n");
        }

        html.Raw("</ol>\n<div class=\"toc-tools\"><button type=\"button\" data-action=\"expand-all\">Expand all</button>")
            .Raw("<button type=\"button\" data-action=\"collapse-all\">Collapse all</button></div>\n</nav>\n");
    }
}
