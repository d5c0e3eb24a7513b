using Microsoft.Playwright;

namespace PyStats.Tests.Html;

/// <summary>
/// The tables of the extended comparison in Chromium: the filter searches every column,
/// new/gone changes sort first, and the keyboard reaches every control and the counts behind
/// a change cell.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TableBrowserTests
{
    private const string SignificantTable = "significant-changes/changes";
    private const string ExecutionTable = "execution-counts/execution-counts";

    private readonly BrowserFixture _browser;

    public TableBrowserTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task The_filter_finds_words_in_any_column()
    {
        var report = await _browser.OpenAsync(TestReport.ComparisonExtended);
        var table = report.Table(SignificantTable);
        var block = report.Page.Locator(".table-block").Filter(new LocatorFilterOptions { Has = table });
        var rows = await RowTextsAsync(table);
        // "LOAD_ATTR" is a subject (third column or later), never the first column ("fail"/"warn").
        var expected = rows.Where(r => r.Any(c => c.Contains("load_attr", StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.NotEmpty(expected);
        Assert.All(expected, r => Assert.DoesNotContain("load_attr", r[0], StringComparison.OrdinalIgnoreCase));

        await block.Locator("input.filter").FillAsync("LOAD_ATTR");

        var visible = await VisibleRowTextsAsync(table);
        Assert.Equal(expected.Select(r => string.Join("|", r)), visible.Select(r => string.Join("|", r)));
        Assert.Equal($"{expected.Count} of {rows.Count} rows", await block.Locator(".row-count").TextContentAsync());

        // Every word must match, each in some cell: a metric and a subject together.
        await block.Locator("input.filter").FillAsync("family-hit-ratio load_attr");
        var expectedBoth = expected.Where(r => r.Any(c => c.Contains("family-hit-ratio", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(expectedBoth);
        Assert.True(expectedBoth.Count < expected.Count, "the metric should narrow the rows");
        var both = await VisibleRowTextsAsync(table);
        Assert.Equal(expectedBoth.Select(r => string.Join("|", r)), both.Select(r => string.Join("|", r)));
        Assert.Empty(report.Problems);
    }

    [Theory]
    [InlineData(SignificantTable)]
    [InlineData(ExecutionTable)]
    public async Task The_filter_searches_every_column(string tableId)
    {
        var report = await _browser.OpenAsync(TestReport.ComparisonExtended);
        var table = report.Table(tableId);
        var block = report.Page.Locator(".table-block").Filter(new LocatorFilterOptions { Has = table });
        var rows = await RowTextsAsync(table);
        int columns = rows[0].Length;
        Assert.True(columns >= 4, $"{columns} columns");

        for (int c = 0; c < columns; c++)
        {
            // A cell text of this column found in no other column of any row: only this column can match it.
            int column = c;
            string? word = rows.Select(r => r[column].Trim())
                .Where(t => t.Length > 0 && !t.Contains(' ', StringComparison.Ordinal))
                .FirstOrDefault(t => rows.All(r => r.Where((_, i) => i != column).All(x => !x.Contains(t, StringComparison.OrdinalIgnoreCase))));
            Assert.True(word is not null, $"{tableId}: no text only column {column} holds");
            var expected = rows.Where(r => r[column].Contains(word, StringComparison.OrdinalIgnoreCase)).Select(r => string.Join("|", r)).ToList();

            await block.Locator("input.filter").FillAsync(word);

            var visible = await VisibleRowTextsAsync(table);
            Assert.True(visible.Count > 0, $"{tableId}: '{word}' (column {column}) finds nothing");
            Assert.Equal(expected, visible.Select(r => string.Join("|", r)));
        }

        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task New_and_gone_changes_sort_first_in_either_direction()
    {
        var report = await _browser.OpenAsync(TestReport.ComparisonExtended);
        var table = report.Table(ExecutionTable);
        var change = table.Locator("th").Filter(new LocatorFilterOptions { HasText = "Change" }).Locator("button");
        const string IsPinned = "c => c.classList.contains('new') || c.classList.contains('gone') || /^(new|gone)$/.test(c.textContent)";
        int pinned = await table.EvaluateAsync<int>($"t => Array.from(t.tBodies[0].rows, r => r.cells[r.cells.length - 1]).filter({IsPinned}).length");
        Assert.True(pinned > 0, "the extended stdlib comparison has new/gone instructions");

        foreach (string order in new[] { "descending", "ascending" })
        {
            await change.ClickAsync();
            Assert.Equal(order, await table.Locator("th[aria-sort]").Filter(new LocatorFilterOptions { HasText = "Change" }).GetAttributeAsync("aria-sort"));
            var kinds = await table.EvaluateAsync<string[]>($"t => Array.from(t.tBodies[0].rows, r => {{ const c = r.cells[r.cells.length - 1]; return ({IsPinned})(c) ? 'pinned' : c.title; }})");
            Assert.All(kinds.Take(pinned), k => Assert.Equal("pinned", k));
            var rest = kinds.Skip(pinned).Select(ChangeKeys.FromCounts).TakeWhile(v => v is not null).Select(v => v!.Value).ToList();
            Assert.True(rest.Count > 50, $"{rest.Count} numeric changes");
            Assert.Equal(order == "descending" ? rest.OrderByDescending(v => v) : rest.OrderBy(v => v), rest);
        }
    }

    [Fact]
    public async Task The_keyboard_reaches_the_report_every_control_and_the_counts_of_a_change()
    {
        var report = await _browser.OpenAsync(TestReport.ComparisonExtended);
        var page = report.Page;

        // The first Tab stop skips the header and contents.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to the report", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        // Every control can take keyboard focus, and sort buttons are named by their header.
        int unreachable = await page.EvaluateAsync<int>("() => Array.from(document.querySelectorAll('button, input, summary, a[href]')).filter(e => e.tabIndex < 0 || e.disabled).length");
        Assert.Equal(0, unreachable);
        var sortByBase = report.Table(ExecutionTable).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Base Count", Exact = true });
        Assert.Equal(1, await sortByBase.CountAsync());

        // A table is one tab stop for its change cells; focus shows the two counts, arrows move.
        var first = report.Table(ExecutionTable).Locator("td[title][tabindex='0']");
        Assert.Equal(1, await first.CountAsync());
        await first.FocusAsync();
        var tooltip = page.Locator("#tooltip");
        Assert.True(await tooltip.IsVisibleAsync());
        Assert.Equal(await first.GetAttributeAsync("title"), await tooltip.TextContentAsync());
        Assert.Contains("→", await tooltip.TextContentAsync(), StringComparison.Ordinal);

        string before = await page.EvaluateAsync<string>("() => document.activeElement.title");
        await page.Keyboard.PressAsync("ArrowDown");
        var moved = await page.EvaluateAsync<string[]>("() => [document.activeElement.tagName, document.activeElement.title, document.activeElement.tabIndex + '']");
        Assert.Equal("TD", moved[0]);
        Assert.Equal("0", moved[2]);
        Assert.Equal(moved[1], await tooltip.TextContentAsync());
        Assert.Equal(1, await report.Table(ExecutionTable).Locator("td[tabindex='0']").CountAsync());
        Assert.NotEqual(string.Empty, before);
        Assert.Empty(report.Problems);
    }

    private static async Task<List<string[]>> RowTextsAsync(ILocator table) =>
        [.. await table.EvaluateAsync<string[][]>("t => Array.from(t.tBodies[0].rows, r => Array.from(r.cells, c => c.textContent))")];

    private static async Task<List<string[]>> VisibleRowTextsAsync(ILocator table) =>
        [.. await table.EvaluateAsync<string[][]>("t => Array.from(t.tBodies[0].rows).filter(r => !r.hidden && r.offsetParent !== null).map(r => Array.from(r.cells, c => c.textContent))")];
}
