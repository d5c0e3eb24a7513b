using System.Text.RegularExpressions;
using AngleSharp.Dom;
using PyStats.Tests.Golden;

namespace PyStats.Tests.Html;

/// <summary>
/// For every corpus case, the HTML page shows what the Markdown report shows: the same
/// sections at the same depth, and every table with the same header and cell texts in the same
/// row order (and the same ⓘ docs). The Markdown side is parsed from pystats' Markdown output,
/// which the golden tests hold byte-identical to CPython's.
/// </summary>
public sealed partial class HtmlStructureTests
{
    public static TheoryData<GoldenCase> Cases() => new(GoldenCases.SingleReports().Concat(GoldenCases.Comparisons()));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_markdown_table_appears_with_the_same_cells(GoldenCase golden)
    {
        var markdown = HtmlReports.Parse(HtmlReports.Markdown(golden.Inputs));
        var page = HtmlReports.Parse(HtmlReports.Render(golden.Inputs));

        var expected = markdown.QuerySelectorAll("table").Select(TextTable.FromMarkdown).ToList();
        var actual = HtmlReports.ReportTables(page).Select(TextTable.FromHtml).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, actual.Count);
        for (int t = 0; t < expected.Count; t++)
        {
            string where = $"{golden.Name}, table {t + 1} ({HtmlReports.ReportTables(page)[t].GetAttribute("data-table-id")})";
            Assert.True(expected[t].Headers.SequenceEqual(actual[t].Headers), $"{where}: headers [{string.Join("|", actual[t].Headers)}], expected [{string.Join("|", expected[t].Headers)}]");
            Assert.True(expected[t].Rows.Count == actual[t].Rows.Count, $"{where}: {actual[t].Rows.Count} rows, expected {expected[t].Rows.Count}");
            for (int r = 0; r < expected[t].Rows.Count; r++)
            {
                Assert.True(
                    expected[t].Rows[r].SequenceEqual(actual[t].Rows[r]),
                    $"{where}, row {r + 1}: [{string.Join("|", actual[t].Rows[r])}], expected [{string.Join("|", expected[t].Rows[r])}]");
            }

            Assert.Equal(expected[t].Docs, actual[t].Docs);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sections_have_the_same_titles_and_depth(GoldenCase golden)
    {
        string markdown = HtmlReports.Markdown(golden.Inputs);
        var expected = MarkdownHeading().Matches(markdown).Select(m => (m.Groups[1].Length, m.Groups[2].Value)).ToList();

        var page = HtmlReports.Parse(HtmlReports.Render(golden.Inputs));
        var actual = page.QuerySelectorAll("section.report-section:not(.charts)")
            .Where(s => s.Closest("#s-headline") is null) // the page's addition to comparisons
            .Select(s => s.QuerySelector(":scope > details > summary")!.Children.First(IsHeading))
            .Select(h => (h.LocalName[1] - '0', h.TextContent))
            .ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Notes_and_the_date_are_kept(GoldenCase golden)
    {
        string markdown = HtmlReports.Markdown(golden.Inputs);
        var page = HtmlReports.Parse(HtmlReports.Render(golden.Inputs));

        int notes = Regex.Count(markdown, "^Not included in comparative output\\.$", RegexOptions.Multiline);
        Assert.Equal(notes, page.QuerySelectorAll("p.note").Count(p => p.TextContent == "Not included in comparative output."));

        string date = Regex.Match(markdown, "^Stats gathered on: (.+)$", RegexOptions.Multiline).Groups[1].Value;
        Assert.Contains("Stats gathered on: " + date, page.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);
    }

    private static bool IsHeading(IElement e) => e.LocalName is "h2" or "h3" or "h4" or "h5" or "h6";

    [GeneratedRegex("^(#{2,6}) (.+)$", RegexOptions.Multiline)]
    private static partial Regex MarkdownHeading();
}
