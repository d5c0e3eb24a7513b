using System.Text.Json;
using Microsoft.Playwright;

namespace PyStats.Tests.Html;

/// <summary>
/// The extended comparison on paper and on small and wide screens, in Chromium: printed with
/// everything expanded and nothing overlapping, clipped or left out; at 400 px wide nothing
/// overflows the page; at 1400 px no table hides a column.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutBrowserTests
{
    private readonly BrowserFixture _browser;

    public LayoutBrowserTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task Print_shows_every_table_unclipped_without_overlap_or_controls()
    {
        // About the width of A4 paper at 96 dpi; sections stay as the reader left them (mostly closed).
        var report = await _browser.OpenAsync(TestReport.ComparisonExtended, width: 760, height: 1000);
        var page = report.Page;
        int closed = await page.EvaluateAsync<int>("() => document.querySelectorAll('main details:not([open])').length");
        Assert.True(closed > 100, $"{closed} closed sections");

        var (tables, problems) = await PrintLayout.CheckAsync(page);

        Assert.True(tables > 300, $"{tables} tables");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData(TestReport.Comparison)]
    [InlineData(TestReport.ComparisonExtended)]
    [InlineData(TestReport.SingleExtended)]
    [InlineData(TestReport.ThreeRuns)]
    [InlineData(TestReport.SuiteOnePage)]
    public async Task The_contents_list_the_sections_in_the_order_of_the_page(TestReport which)
    {
        var report = await _browser.OpenAsync(which);

        var contents = await report.Page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('nav.toc > ol > li > a'), a => a.getAttribute('href').slice(1))");
        var sections = await report.Page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('main > section'), s => s.id)");

        Assert.True(sections.Length > 2, string.Join(", ", sections));
        Assert.Equal(sections, contents);
        await report.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task At_400_pixels_nothing_overflows_the_page_and_wide_tables_scroll_inside()
    {
        var report = await _browser.OpenAsync(TestReport.ComparisonExtended, width: 400, height: 800);
        var page = report.Page;
        await page.Locator("button[data-action='expand-all']").ClickAsync();

        string json = await page.EvaluateAsync<string>(@"() => {
            const wraps = Array.from(document.querySelectorAll('.table-wrap')).filter(w => w.scrollWidth > w.clientWidth + 1);
            const first = document.querySelector('.table-wrap td:first-child');
            return JSON.stringify({
                page: document.documentElement.scrollWidth,
                scrolling: wraps.length,
                overflowX: wraps.length ? getComputedStyle(wraps[0]).overflowX : '',
                sticky: getComputedStyle(first).position
            });
        }");
        using var result = JsonDocument.Parse(json);
        var root = result.RootElement;

        Assert.True(root.GetProperty("page").GetInt32() <= 400, json);
        Assert.True(root.GetProperty("scrolling").GetInt32() > 0, "no table is wider than 400 px? " + json);
        Assert.Equal("auto", root.GetProperty("overflowX").GetString());
        Assert.Equal("sticky", root.GetProperty("sticky").GetString());
    }

    [Fact]
    public async Task At_1400_pixels_no_table_hides_a_column()
    {
        var report = await _browser.OpenAsync(TestReport.ComparisonExtended, width: 1400, height: 900);
        var page = report.Page;
        await page.Locator("button[data-action='expand-all']").ClickAsync();

        var hiding = await page.EvaluateAsync<string[]>(@"() => Array.from(document.querySelectorAll('.table-wrap'))
            .filter(w => w.scrollWidth > w.clientWidth + 1)
            .map(w => w.querySelector('table').dataset.tableId + ' ' + w.scrollWidth + ' > ' + w.clientWidth)");
        int tables = await page.EvaluateAsync<int>("() => document.querySelectorAll('.table-wrap').length");

        Assert.True(tables > 300);
        Assert.Empty(hiding);
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 1400);
    }
}
