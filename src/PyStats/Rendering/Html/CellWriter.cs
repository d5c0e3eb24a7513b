using PyStats.Numbers;
using PyStats.Report.Model;

namespace PyStats.Rendering.Html;

/// <summary>
/// Writes one table cell. Its text is always <see cref="CellText.Format(ReportCell, bool)"/> (the
/// Markdown report's text); what the page adds sits in attributes: a sort key, change colouring by
/// importance with the two sides in a tooltip, the ⓘ doc of a label, a link to a source row.
/// Numbers are formatted into the writer's scratch buffer, never into strings: a page has
/// tens of thousands of cells.
/// </summary>
internal static class CellWriter
{
    /// <param name="link">The href of a <see cref="LinkCell"/>; null writes its text alone.</param>
    public static void Write(HtmlWriter html, ReportCell cell, bool extended = false, Func<LinkCell, string?>? link = null)
    {
        // Kept short (tables have thousands of cells): alignment comes from the table's classes.
        string? classes = null; // one class at most; no list per cell
        bool titled = false;
        if (ChangeStyle.For(cell) is { } change)
        {
            classes = change;
            titled = cell is ChangeCell { IsAvailable: true };
        }
        else if (cell is RatioCell { Denominator: { } d, Numerator: var n } && d == 0 && n != 0 && !extended)
        {
            classes = "zero-den";
        }

        html.Raw("<td");
        if (classes is not null)
        {
            html.Attr("class", classes);
        }

        // No sort key where the page's script has one already: a change from or to nothing sorts
        // first by its class ("new"/"gone"), and a change with its two counts in the title sorts by
        // (head − base) / base computed from them (the same correctly rounded quotient).
        Span<char> scratch = html.Scratch;
        if (cell is not ChangeCell { Kind: ChangeKind.New or ChangeKind.Gone } && !titled
            && CellSortKey.For(cell, scratch) is { IsEmpty: false } key)
        {
            html.Attr("data-v", key);
        }

        if (titled)
        {
            html.Attr("title", ChangeTitle((ChangeCell)cell, scratch));
        }

        html.Raw(">");
        if (cell is DocCell doc)
        {
            WriteDocLabel(html, doc.Text, doc.Doc);
        }
        else if (cell is LinkCell target && link?.Invoke(target) is { } href)
        {
            html.Raw("<a class=\"src\"").Attr("href", href).Raw(">").Text(target.Text).Raw("</a>");
        }
        else
        {
            html.Text(CellText.Format(cell, extended, scratch));
        }

        // No </td>: the next cell or the row's </tr> ends it (HTML's optional end tag), which
        // saves 5 bytes on each of the tens of thousands of cells of an extended comparison.
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

    /// <summary>"Base 1,067,842 → Head 212": the two counts the change was computed from (both present).</summary>
    private static ReadOnlySpan<char> ChangeTitle(ChangeCell change, Span<char> buffer)
    {
        PythonFormat.TryFormatGrouped(change.Base!.Value, buffer, out int written);
        " → ".CopyTo(buffer[written..]);
        written += 3;
        PythonFormat.TryFormatGrouped(change.Head!.Value, buffer[written..], out int head);
        return buffer[..(written + head)];
    }
}
