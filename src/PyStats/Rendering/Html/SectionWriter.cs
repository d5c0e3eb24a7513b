using System.Globalization;
using PyStats.Report.Model;

namespace PyStats.Rendering.Html;

/// <summary>
/// Writes a report section as a collapsible <c>&lt;details&gt;</c> (it works without script):
/// title and summary in the always-visible line, then the doc text, notes, tables and nested
/// sections in model order.
/// </summary>
internal sealed class SectionWriter
{
    /// <summary>
    /// Top-level sections start open. A nested one starts open only among few siblings (e.g.
    /// "Deferred by instruction"): the hundreds of per-family and per-opcode subsections start
    /// closed so the page stays scannable.
    /// </summary>
    private const int OpenSiblingLimit = 3;

    private readonly HtmlWriter _html;
    private readonly ElementIds _ids;
    private readonly bool _extended;

    /// <param name="extended">Cell texts in the extended report's style ("new"/"gone").</param>
    public SectionWriter(HtmlWriter html, ElementIds ids, bool extended)
    {
        _html = html;
        _ids = ids;
        _extended = extended;
    }

    public void Write(ReportSection section, int level, bool open)
    {
        string heading = "h" + Math.Min(level, 6).ToString(CultureInfo.InvariantCulture);
        _html.Raw("<section class=\"report-section level-").Raw(level.ToString(CultureInfo.InvariantCulture)).Raw("\"")
            .Attr("id", _ids.Of(section)).Attr("data-section-id", section.Id).Raw(">\n")
            .Raw(open ? "<details open>" : "<details>")
            .Raw("<summary>").Element(heading, string.Empty, section.Title);
        if (section.Summary.Trim().Length > 0)
        {
            _html.Element("span", "summary-text", section.Summary.Trim());
        }

        _html.Raw("</summary>\n<div class=\"section-body\">\n");
        WriteDoc(section.Doc);

        // Counted in one loop (no lists): a page has hundreds of sections.
        int children = 0;
        int tables = 0;
        for (int i = 0; i < section.Parts.Count; i++)
        {
            switch (section.Parts[i])
            {
                case ReportSection:
                    children++;
                    break;
                case ReportTable { Rows.Count: > 0 }:
                    tables++;
                    break;
            }
        }

        bool severalTables = tables > 1;
        bool openChildren = children <= OpenSiblingLimit;
        bool any = false;
        foreach (var part in section.Parts)
        {
            switch (part)
            {
                case ReportSection child:
                    Write(child, level + 1, openChildren);
                    any = true;
                    break;
                case ReportTable table when table.Rows.Count > 0:
                    TableWriter.Write(_html, table, Caption(section, table, severalTables), _extended, _ids);
                    any = true;
                    break;
                case ReportNote note:
                    _html.Element("p", "note", note.Text).Raw("\n");
                    any = true;
                    break;
            }
        }

        if (!any)
        {
            _html.Raw("<p class=\"empty\">No rows for this data.</p>\n");
        }

        _html.Raw("</div>\n</details>\n</section>\n");
    }

    /// <summary>
    /// What a table is called for screen readers (its caption) and its filter box: the section's
    /// title, plus the table's first header where the section has more than one table
    /// ("BINARY_SLICE: Predecessors").
    /// </summary>
    private static string Caption(ReportSection section, ReportTable table, bool severalTables) =>
        severalTables && table.Columns.Count > 0 && table.Columns[0].Name.Length > 0
            ? section.Title + ": " + table.Columns[0].Name
            : section.Title;

    /// <summary>The doc text is plain paragraphs separated by blank lines.</summary>
    private void WriteDoc(string doc)
    {
        var paragraphs = doc.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (paragraphs.Length == 0)
        {
            return;
        }

        _html.Raw("<div class=\"section-doc\">");
        foreach (string paragraph in paragraphs)
        {
            _html.Element("p", string.Empty, paragraph);
        }

        _html.Raw("</div>\n");
    }
}
