using System.Text.Json;
using PyStats.Rendering.Html;
using PyStats.Report.Model;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Html;

/// <summary>
/// Labels and values reach the page only as text: counter names come from files, so markup in
/// them must be shown, never parsed or run; and odd data must not stop the renderer.
/// </summary>
public sealed class HtmlEscapingTests
{
    private const string ScriptLabel = "<script>alert(1)</script>";
    private const string QuoteLabel = "<b>&\"x'</b>";
    private const string ImageLabel = "<img src=x onerror=alert(2)>";

    [Fact]
    public void Markup_in_counter_names_is_shown_as_text()
    {
        using var dir = new TempDirectory();
        dir.Write("raw/a.txt", string.Join('\n',
            $"opcode[{ScriptLabel}].execution_count : 5",
            "opcode[LOAD_FAST].execution_count : 10",
            $"opcode[{QuoteLabel}].execution_count : 7",
            $"opcode[{ImageLabel}].execution_count : 3",
            "Object <i>allocations</i> : 3",
            string.Empty));

        string html = HtmlReports.Render([dir.File("raw")]);
        var page = HtmlReports.Parse(html);

        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(page.QuerySelectorAll("img, b, i"));
        Assert.Equal(2, HtmlReports.RunnableScripts(page).Count);
        Assert.All(HtmlReports.RunnableScripts(page), s => Assert.DoesNotContain("alert(", s.TextContent, StringComparison.Ordinal));

        var labels = page.QuerySelectorAll("table.report-table tbody td:first-child").Select(td => td.TextContent).ToList();
        Assert.Contains(ScriptLabel, labels);
        Assert.Contains(QuoteLabel, labels);
        Assert.Contains(ImageLabel, labels);
        Assert.Contains("<i>allocations</i>", labels);

        // The chart data block stays one JSON value whose labels are the raw names.
        var data = page.GetElementById("pystats-charts")!.TextContent;
        using var json = JsonDocument.Parse(data);
        var chartLabels = json.RootElement.EnumerateArray().SelectMany(c => c.GetProperty("labels").EnumerateArray()).Select(l => l.GetString()).ToList();
        Assert.Contains(ScriptLabel, chartLabels);
        Assert.Contains(QuoteLabel, chartLabels);
    }

    [Fact]
    public void Odd_documents_render_and_stay_escaped()
    {
        var odd = new ReportSection("odd/<id>", "Title <u>with</u> markup", "summary \"quoted\" & 'single'", "Doc <p>one</p>\n\nDoc two & more",
        [
            new ReportTable("odd/<id>/empty", [ReportColumn.Left("Name")], []),
            new ReportTable("odd/<id>/mixed", [ReportColumn.Left(""), ReportColumn.Right("<Base> Count"), ReportColumn.Right("Head Count"), ReportColumn.Right("Change")],
            [
                new ReportRow(new TextCell(QuoteLabel), new CountCell(1), EmptyCell.Instance, new ChangeCell(1, null)),
                new ReportRow(new DocCell("hit", "Doc with \"quotes\" and <tags> & 'apostrophes'"), EmptyCell.Instance, new CountCell(4), new ChangeCell(null, 4)),
                new ReportRow(new TextCell("short row")),
                new ReportRow(new TextCell("long row"), new CountCell(1), new CountCell(2), new ChangeCell(0, 3), new RatioCell(5, 0), new RatioCell(0, 0)),
                new ReportRow(new BucketCell(1024), new CountCell(-5), new RatioCell(1, null), new ChangeCell(2, 1)),
            ]),
            new ReportNote(ImageLabel),
            new ReportSection("odd/<id>", "Same id again", string.Empty, string.Empty, []),
        ]);
        var document = new ReportDocument(
            [new ReportInput("Base", ImageLabel, "Weird", 0, null, "<none>"), new ReportInput("Head", "x", "Json", 1, "3.99", "m")],
            "<dialect>", new DateOnly(2025, 12, 8), [odd, new ReportSection("empty", "Empty", string.Empty, string.Empty, [])]);

        string html = new HtmlRenderer().Render(document);
        var page = HtmlReports.Parse(html);

        Assert.Empty(page.QuerySelectorAll("u, p > p, img, b, tags"));
        Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent == "Title <u>with</u> markup");
        Assert.Contains(page.QuerySelectorAll("p.note"), p => p.TextContent == ImageLabel);
        Assert.Contains(page.QuerySelectorAll("table.inputs td"), td => td.TextContent == ImageLabel);
        Assert.Contains("dialect <dialect>", page.QuerySelector(".title-row")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Doc with \"quotes\" and <tags> & 'apostrophes'", page.QuerySelector("[data-doc]")!.GetAttribute("data-doc"));

        // The empty table is left out, as the Markdown report does; the other keeps its rows.
        var table = Assert.Single(HtmlReports.ReportTables(page));
        Assert.Equal(5, table.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("<Base> Count", table.QuerySelectorAll("th")[1].TextContent);

        // Ids stay unique when the model repeats one.
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_document_without_sections_renders()
    {
        var document = new ReportDocument([new ReportInput("Base", "dir", "RawDirectory", 0, null, "built-in")], "3.13", new DateOnly(2025, 12, 8), []);

        var page = HtmlReports.Parse(new HtmlRenderer().Render(document));

        Assert.Empty(HtmlReports.ReportTables(page));
        Assert.Null(page.GetElementById("charts"));
        Assert.Equal("[]", page.GetElementById("pystats-charts")!.TextContent);
    }
}
