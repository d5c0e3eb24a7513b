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

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        string json = await page.EvaluateAsync<string>(@"() => {
            const width = document.documentElement.clientWidth;
            const box = e => e.getBoundingClientRect();
            const problems = [];
            // Every table, row and cell of the report is laid out (none left in a closed section).
            const tables = Array.from(document.querySelectorAll('table.report-table'));
            tables.forEach(t => {
                if (t.getClientRects().length === 0 || !t.checkVisibility()) problems.push('hidden table ' + t.dataset.tableId);
                else if (box(t).right > width + 1) problems.push('clipped table ' + t.dataset.tableId + ' ' + Math.round(box(t).right) + ' > ' + width);
                else if (Array.from(t.rows).some(r => r.getClientRects().length === 0)) problems.push('hidden row in ' + t.dataset.tableId);
            });
            // Consecutive blocks (top-level sections; tables) follow each other: none overlaps the next.
            const inOrder = list => {
                for (let i = 0; i + 1 < list.length; i++) {
                    const a = box(list[i]), b = box(list[i + 1]);
                    if (a.bottom > b.top + 0.5) problems.push('overlap ' + (list[i].id || list[i].className) + ' / ' + (list[i + 1].id || list[i + 1].className) + ' ' + Math.round(a.bottom) + ' > ' + Math.round(b.top));
                }
            };
            inOrder(Array.from(document.querySelectorAll('main > section')));
            inOrder(Array.from(document.querySelectorAll('.table-block')));
            document.querySelectorAll('.table-block').forEach(b => {
                const t = b.querySelector('table');
                if (t && box(t).bottom > box(b).bottom + 0.5) problems.push('table spills out of its block ' + t.dataset.tableId);
            });
            // No controls on paper; chart cards are not split.
            const controls = Array.from(document.querySelectorAll('nav.toc, .table-tools, button, input, .skip-link')).filter(e => e.checkVisibility());
            controls.slice(0, 5).forEach(e => problems.push('control printed: ' + e.outerHTML.slice(0, 80)));
            document.querySelectorAll('.chart-card').forEach(c => {
                if (getComputedStyle(c).breakInside !== 'avoid') problems.push('chart card may split: ' + c.id);
            });
            return JSON.stringify({ tables: tables.length, controls: controls.length, problems: problems.slice(0, 20) });
        }");
        using var result = JsonDocument.Parse(json);
        var root = result.RootElement;

        Assert.True(root.GetProperty("tables").GetInt32() > 300, json);
        Assert.True(root.GetProperty("problems").GetArrayLength() == 0, json);
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
