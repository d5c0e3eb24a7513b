using PyStats.Report.Model;

namespace PyStats.Rendering.Html;

/// <summary>
/// Writes one table cell. Its text is always <see cref="CellText.Format"/> (the Markdown
/// report's text); what the page adds sits in attributes: a sort key, change colouring with
/// the two sides in a tooltip, the ⓘ doc of a label.
/// </summary>
internal static class CellWriter
{
    public static void Write(HtmlWriter html, ReportCell cell, ColumnAlignment alignment, bool extended = false)
    {
        var classes = new List<string>(4);
        if (alignment == ColumnAlignment.Right)
        {
            classes.Add("r");
        }

        string? title = null;
        switch (cell)
        {
            case ChangeCell change:
                classes.Add(ChangeStyle.For(change));
                title = ChangeTitle(change);
                break;
            case MeasureCell { Signed: true } measure when measure.Value != 0:
                classes.Add(measure.Value > 0 ? "chg up m1" : "chg down m1");
                break;
            case RatioCell { Denominator: { } d, Numerator: var n } when d == 0 && n != 0 && !extended:
                classes.Add("zero-den");
                break;
        }

        html.Raw("<td");
        if (classes.Count > 0)
        {
            html.Attr("class", string.Join(' ', classes));
        }

        if (CellSortKey.For(cell) is { } key)
        {
            html.Attr("data-v", key);
        }

        if (title is not null)
        {
            html.Attr("title", title);
        }

        html.Raw(">");
        if (cell is DocCell doc)
        {
            WriteDocLabel(html, doc.Text, doc.Doc);
        }
        else
        {
            html.Text(CellText.Format(cell, extended));
        }

        html.Raw("</td>");
    }

    /// <summary>
    /// A label with an explanation: the page's script shows <c>data-doc</c> as a tooltip on
    /// hover or keyboard focus; the ⓘ marker is drawn by CSS so the cell's text is the label alone.
    /// </summary>
    private static void WriteDocLabel(HtmlWriter html, string label, string doc)
    {
        if (doc.Length == 0)
        {
            html.Text(label);
            return;
        }

        html.Raw("<span class=\"doc\" tabindex=\"0\"").Attr("data-doc", doc).Raw(">").Text(label).Raw("</span>");
    }

    /// <summary>"Base 1,067,842 → Head 212": the two counts the change was computed from.</summary>
    private static string? ChangeTitle(ChangeCell change)
    {
        if (!change.IsAvailable)
        {
            return null;
        }

        return CellText.Format(new CountCell(change.Base!.Value)) + " → " + CellText.Format(new CountCell(change.Head!.Value));
    }
}
