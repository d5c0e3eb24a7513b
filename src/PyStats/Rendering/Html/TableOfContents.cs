using PyStats.Report.Model;

namespace PyStats.Rendering.Html;

/// <summary>
/// The sticky side navigation: every top-level section, and the subsections of those that have
/// a handful (not the hundreds of per-opcode ones), plus expand/collapse-all buttons.
/// </summary>
internal static class TableOfContents
{
    private const int MaxListedChildren = 12;

    /// <summary>Contents this short, with no subsections, go in one line above the report instead of a sidebar.</summary>
    private const int MaxShortEntries = 4;

    /// <param name="sections">The top-level sections in page order.</param>
    /// <param name="chartsAt">How many of them the page puts before the charts (the headline).</param>
    public static void Write(HtmlWriter html, IReadOnlyList<ReportSection> sections, ElementIds ids, string? chartsId, int chartsAt)
    {
        // A handful of sections (a suite's index page) is listed in one line above the report
        // (CSS), so the page's wide tables get the whole width.
        bool shortList = sections.Count + (chartsId is null ? 0 : 1) <= MaxShortEntries && sections.All(s => !s.Parts.OfType<ReportSection>().Any());
        html.Raw(shortList ? "<nav class=\"toc short\"" : "<nav class=\"toc\"").Raw(" aria-label=\"Contents\">\n<div class=\"toc-title\">Contents</div>\n<ol>\n");
        for (int i = 0; i <= sections.Count; i++)
        {
            if (i == chartsAt && chartsId is not null)
            {
                html.Raw("<li><a").Attr("href", "#" + chartsId).Raw(">Charts</a></li>\n");
            }

            if (i == sections.Count)
            {
                break;
            }

            var section = sections[i];
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
