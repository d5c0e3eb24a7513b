using System.Text.RegularExpressions;

namespace PyStats.Tests.Export;

/// <summary>
/// What a Markdown report shows, read back from its text: headings and tables in order, each
/// cell as the text a reader sees (and the ⓘ doc of doc cells). Used to check that other formats
/// carry the same report.
/// </summary>
public static partial class MarkdownReport
{
    public static List<ReportItem> Read(string markdown)
    {
        var items = new List<ReportItem>();
        foreach (Match m in Item().Matches(markdown))
        {
            if (m.Groups["hashes"].Success)
            {
                items.Add(ReportItem.Heading(m.Groups["hashes"].Length, m.Groups["title"].Value));
                continue;
            }

            string table = m.Groups["table"].Value;
            var columns = Header().Matches(table).Select(h => $"{h.Groups["align"].Value}:{h.Groups["name"].Value}").ToList();
            var rows = Row().Matches(table)
                .Select(r => (IReadOnlyList<string>)Cell().Matches(r.Groups["cells"].Value).Select(c => CellText(c.Groups["inner"].Value)).ToList())
                .ToList();
            items.Add(ReportItem.Table(columns, rows));
        }

        return items;
    }

    /// <summary>A doc cell is "\nLABEL\n&lt;details>…DOC…&lt;/details>\n"; it reads as "LABEL ⓘ DOC".</summary>
    private static string CellText(string inner)
    {
        var doc = DocCell().Match(inner);
        return doc.Success ? ReportItem.DocText(doc.Groups["label"].Value, doc.Groups["doc"].Value) : inner;
    }

    [GeneratedRegex(@"^(?<hashes>#{2,}) (?<title>[^\n]*)$|^<table>\n(?<table>.*?)^</table>$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Item();

    [GeneratedRegex(@"<th align=""(?<align>left|right)"">(?<name>[^\n]*)</th>\n")]
    private static partial Regex Header();

    [GeneratedRegex(@"<tr>\n(?<cells><td .*?)</tr>\n", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex(@"<td align=""(?:left|right)"">(?<inner>.*?)</td>\n", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex(@"^\n(?<label>[^\n]*)\n<details>\n<summary>ⓘ</summary>\n\n(?<doc>.*)\n</details>\n$", RegexOptions.Singleline)]
    private static partial Regex DocCell();
}
