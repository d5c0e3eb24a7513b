using System.Globalization;
using PyStats.Report.Model;

namespace PyStats.Rendering.Markdown;

/// <summary>
/// Writes a report as the Markdown (with HTML tables) that CPython's summarize_stats.py prints,
/// byte for byte: the same blank lines, the same ⓘ blocks, the same number formats.
/// </summary>
public sealed class MarkdownRenderer
{
    public void Render(ReportDocument document, TextWriter output)
    {
        foreach (var section in document.Sections)
        {
            WriteSection(section, output, level: 2, document.Extended);
        }

        output.Write("---\n");
        output.Write("Stats gathered on: ");
        output.Write(document.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        output.Write('\n');
    }

    public string Render(ReportDocument document)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        Render(document, writer);
        return writer.ToString();
    }

    private static void WriteSection(ReportSection section, TextWriter output, int level, bool extended)
    {
        output.Write(new string('#', level));
        output.Write(' ');
        output.Write(section.Title);
        output.Write("\n\n<details>\n<summary> ");
        output.Write(section.Summary);
        output.Write(" </summary>\n\n");
        if (section.Doc.Length > 0)
        {
            output.Write('\n');
            output.Write(section.Doc);
            output.Write("\n\n");
        }

        foreach (var part in section.Parts)
        {
            switch (part)
            {
                case ReportSection child:
                    WriteSection(child, output, level + 1, extended);
                    break;
                case ReportTable table:
                    WriteTable(table, output, extended);
                    break;
                case ReportNote note:
                    output.Write(note.Text);
                    output.Write("\n\n");
                    break;
            }
        }

        output.Write("\n</details>\n\n");
    }

    private static void WriteTable(ReportTable table, TextWriter output, bool extended)
    {
        if (table.Rows.Count == 0)
        {
            return;
        }

        var aligns = table.Columns.Select(c => c.Alignment == ColumnAlignment.Right ? "right" : "left").ToArray();
        output.Write("<table>\n<thead>\n<tr>\n");
        for (int i = 0; i < table.Columns.Count; i++)
        {
            output.Write("<th align=\"");
            output.Write(aligns[i]);
            output.Write("\">");
            output.Write(table.Columns[i].Name);
            output.Write("</th>\n");
        }

        output.Write("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            output.Write("<tr>\n");
            for (int i = 0; i < row.Cells.Count; i++)
            {
                output.Write("<td align=\"");
                output.Write(aligns[i]);
                output.Write("\">");
                WriteCell(row.Cells[i], output, extended);
                output.Write("</td>\n");
            }

            output.Write("</tr>\n");
        }

        output.Write("</tbody>\n</table>\n\n");
    }

    private static void WriteCell(ReportCell cell, TextWriter output, bool extended)
    {
        if (cell is DocCell doc)
        {
            output.Write('\n');
            output.Write(doc.Text);
            output.Write("\n<details>\n<summary>ⓘ</summary>\n\n");
            output.Write(doc.Doc);
            output.Write("\n</details>\n");
            return;
        }

        output.Write(CellText.Format(cell, extended));
    }
}
