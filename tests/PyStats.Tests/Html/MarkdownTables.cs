using AngleSharp.Dom;

namespace PyStats.Tests.Html;

/// <summary>
/// A table as text, read independently from the Markdown report (whose tables are HTML) and
/// from the HTML report, so the two can be compared cell by cell.
/// </summary>
public sealed record TextTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string> Docs)
{
    /// <summary>
    /// A Markdown table: a cell's text is its own text without the ⓘ <c>&lt;details&gt;</c>
    /// block; <see cref="Docs"/> collects those blocks' texts in order.
    /// </summary>
    public static TextTable FromMarkdown(IElement table)
    {
        var docs = new List<string>();
        var rows = table.QuerySelectorAll("tbody tr").Select(tr => (IReadOnlyList<string>)[.. tr.Children.Select(td =>
        {
            if (td.QuerySelector("details") is { } details)
            {
                string all = details.TextContent;
                string summary = details.QuerySelector("summary")?.TextContent ?? string.Empty;
                docs.Add(all[(all.IndexOf(summary, StringComparison.Ordinal) + summary.Length)..].Trim());
                return string.Concat(td.ChildNodes.Where(n => n.NodeType == NodeType.Text).Select(n => n.TextContent)).Trim();
            }

            return td.TextContent.Trim();
        })]).ToList();
        return new TextTable(HeaderTexts(table), rows, docs);
    }

    /// <summary>An HTML report table: a cell's text is its text; docs are the <c>data-doc</c> attributes.</summary>
    public static TextTable FromHtml(IElement table)
    {
        var rows = table.QuerySelectorAll("tbody tr")
            .Select(tr => (IReadOnlyList<string>)[.. tr.Children.Select(td => td.TextContent.Trim())])
            .ToList();
        var docs = table.QuerySelectorAll("tbody [data-doc]").Select(e => e.GetAttribute("data-doc")!.Trim()).ToList();
        return new TextTable(HeaderTexts(table), rows, docs);
    }

    private static IReadOnlyList<string> HeaderTexts(IElement table) =>
        [.. table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim())];
}
