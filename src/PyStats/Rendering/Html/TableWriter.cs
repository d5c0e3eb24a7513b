using PyStats.Report.Model;

namespace PyStats.Rendering.Html;

/// <summary>
/// Writes a report table: the same header and cell texts, in the same row order, as the
/// Markdown report, marked up for the page's script (sortable headers, numeric columns, a
/// filter box on long tables).
/// </summary>
internal static class TableWriter
{
    /// <summary>Tables this long (the per-instruction ones) get a filter box.</summary>
    public const int FilterThreshold = 25;

    /// <summary>Tables this long scroll inside their own box, with a sticky header.</summary>
    public const int ScrollThreshold = 30;

    public static void Write(HtmlWriter html, ReportTable table, string caption, bool extended = false, ElementIds? ids = null)
    {
        // An empty table is not printed, as in the Markdown report.
        if (table.Rows.Count == 0)
        {
            return;
        }

        // No id: sections are the link targets (and rows, where a link points to them); an id
        // on each of the hundreds of tables would cost more than it gives.
        html.Raw("<div class=\"table-block\">\n");
        if (table.Rows.Count >= FilterThreshold)
        {
            html.Raw("<div class=\"table-tools\"><input type=\"search\" class=\"filter\" placeholder=\"Filter rows…\"")
                .Attr("aria-label", "Filter the rows of " + caption)
                .Raw("><span class=\"row-count\" aria-live=\"polite\"></span></div>\n");
        }

        html.Raw(table.Rows.Count >= ScrollThreshold ? "<div class=\"table-wrap scroll\">" : "<div class=\"table-wrap\">");
        bool[] numeric = NumericColumns(table);
        html.Raw("<table class=\"").Raw(TableClasses(table, numeric)).Raw("\"").Attr("data-table-id", table.Id).Raw(">\n");
        html.Raw("<caption>").Text(caption).Raw("</caption>\n<thead><tr>");
        for (int i = 0; i < table.Columns.Count; i++)
        {
            // Kept short (a report has hundreds of tables): the script turns each header into a
            // sort button; alignment and numeric sorting come from the table's classes.
            // No </th> (optional end tag): the next header or the row's </tr> ends it.
            html.Raw("<th scope=\"col\">").Text(table.Columns[i].Name);
        }

        html.Raw("</tr></thead>\n<tbody>\n");

        // One delegate for the table: a method group made inside the loop is a new object per cell.
        Func<LinkCell, string?>? link = ids is null ? null : ids.Href;
        // Spans, not foreach over IReadOnlyList: that allocates an enumerator per row.
        foreach (var row in ListSpan.Of(table.Rows))
        {
            WriteRowStart(html, row, ids);
            foreach (var cell in ListSpan.Of(row.Cells))
            {
                CellWriter.Write(html, cell, extended, link);
            }

            html.Raw("</tr>\n");
        }

        html.Raw("</tbody>\n</table></div>\n</div>\n");
    }

    /// <summary>
    /// "&lt;tr&gt;", with the level of a significant change as its class ("fail", "warn") and an
    /// id when a link (the headline's) points to the row.
    /// </summary>
    private static void WriteRowStart(HtmlWriter html, ReportRow row, ElementIds? ids)
    {
        html.Raw("<tr");
        if (ids?.Of(row) is { } id)
        {
            html.Attr("id", id);
        }

        if (row.Level is { } level)
        {
            html.Attr("class", level == RowLevel.Fail ? "fail" : "warn");
        }

        html.Raw(">");
    }

    /// <summary>
    /// "report-table" plus the exceptions to the usual table, whose first column is a text label
    /// and the others numbers: the page right-aligns every column but the first, so only
    /// left-aligned later columns (lN) and a right-aligned first one (r1) are named, and the
    /// script sorts every column but the first by value, so only text later columns (tN) and a
    /// numeric first one (n1) are named.
    /// </summary>
    private static string TableClasses(ReportTable table, bool[] numeric)
    {
        var classes = new System.Text.StringBuilder("report-table");
        for (int i = 0; i < table.Columns.Count; i++)
        {
            bool right = table.Columns[i].Alignment == ColumnAlignment.Right;
            string column = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (i == 0 && right)
            {
                classes.Append(" r1");
            }
            else if (i > 0 && !right)
            {
                classes.Append(" l").Append(column);
            }

            if (i == 0 && numeric[i])
            {
                classes.Append(" n1");
            }
            else if (i > 0 && !numeric[i])
            {
                classes.Append(" t").Append(column);
            }
        }

        return classes.ToString();
    }

    /// <summary>A column sorts numerically when it holds numbers and no labels.</summary>
    private static bool[] NumericColumns(ReportTable table)
    {
        // Some cell numeric and none text. One pass over the rows (this visits every cell of
        // every table), each column's verdict kept as it goes.
        var numeric = new bool[table.Columns.Count];
        var text = new bool[numeric.Length];
        foreach (var row in ListSpan.Of(table.Rows))
        {
            var cells = ListSpan.Of(row.Cells);
            for (int i = 0; i < cells.Length && i < numeric.Length; i++)
            {
                var cell = cells[i];
                if (cell is TextCell or DocCell or LinkCell)
                {
                    text[i] = true;
                }
                else
                {
                    numeric[i] |= CellSortKey.IsNumeric(cell);
                }
            }
        }

        for (int i = 0; i < numeric.Length; i++)
        {
            numeric[i] &= !text[i];
        }

        return numeric;
    }
}
