using PyStats.History.Output;
using PyStats.Rendering;

namespace PyStats.History.Rendering;

/// <summary>A history report as Markdown: a heading, the notes, and a pipe table.</summary>
public static class HistoryMarkdownRenderer
{
    public static void Render(HistoryReport report, TextWriter output)
    {
        output.Write($"# {report.Title}\n\n");
        foreach (string note in report.Notes)
        {
            output.Write(note);
            output.Write("\n\n");
        }

        var table = report.Table;
        output.Write("| " + string.Join(" | ", table.Columns.Select(c => Escape(c.Name))) + " |\n");
        output.Write("|" + string.Concat(table.Columns.Select(c => c.Alignment == PyStats.Report.Model.ColumnAlignment.Right ? " ---: |" : " --- |")) + "\n");
        foreach (var row in table.Rows)
        {
            output.Write("| " + string.Join(" | ", row.Cells.Select(c => Escape(CellText.Format(c, extended: true)))) + " |\n");
        }
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
