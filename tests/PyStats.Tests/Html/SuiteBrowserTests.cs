using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PyStats.Tests.Html;

/// <summary>
/// The suite view in Chromium (<see cref="SuiteFixture"/>, written by <c>pystats suite</c>): the
/// index page first, every benchmark linked to a page of its own that says whose it is, the
/// index sortable from the keyboard and with the mouse, its counts visible and true to the
/// pages, no column hidden on a wide screen, nothing overflowing a small one, printed without
/// overlap, axe clean; and the suite on one page starts with its index too.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SuiteBrowserTests
{
    private const string IndexTable = "suite-index/benchmarks";

    private readonly BrowserFixture _browser;
    private readonly ITestOutputHelper _output;

    public SuiteBrowserTests(BrowserFixture browser, ITestOutputHelper output)
    {
        _browser = browser;
        _output = output;
    }

    [Fact]
    public async Task The_index_comes_first_before_the_aggregate()
    {
        var report = await _browser.OpenAsync(TestReport.SuitePages);
        var page = report.Page;

        var sections = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('main > section'), s => s.dataset.sectionId || s.id)");
        Assert.Equal("suite-index", sections[0]);
        Assert.Contains("all-benchmarks-merged", sections);
        var index = await page.Locator("#s-suite-index").BoundingBoxAsync();
        var aggregate = await page.Locator("#s-all-benchmarks-merged").BoundingBoxAsync();
        Assert.True(index!.Y < aggregate!.Y, $"index at {index.Y}, aggregate at {aggregate.Y}");
        Assert.True(index.Y < 1000, $"the index starts on the first screen ({index.Y} px)");
        string[] names = await report.ColumnAsync(IndexTable, 0);
        Assert.Equal(["(all benchmarks)", .. SuiteFixture.Names], names);
        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task Every_benchmark_row_links_to_its_own_page_which_names_it_in_its_title_headings_and_charts()
    {
        var report = await _browser.OpenAsync(TestReport.SuitePages);
        var page = report.Page;
        string indexUrl = page.Url;
        var links = report.Table(IndexTable).Locator("tbody tr td:first-child a");
        Assert.Equal(1 + SuiteFixture.Names.Length, await links.CountAsync());

        foreach (string name in SuiteFixture.Names)
        {
            var link = links.Filter(new LocatorFilterOptions { HasTextRegex = new Regex("^" + Regex.Escape(name) + "$") });
            string href = await link.GetAttributeAsync("href") ?? string.Empty;
            string file = new Uri(new Uri(indexUrl), href).LocalPath;
            Assert.True(File.Exists(file), $"{name}: the index links to {href}, which does not exist");

            await link.ClickAsync();
            await page.WaitForSelectorAsync("html[data-ready='true']");
            Assert.Equal(new Uri(new Uri(indexUrl), href).AbsoluteUri, page.Url);
            Assert.Contains("Benchmark " + name, await page.TitleAsync(), StringComparison.Ordinal);
            Assert.Equal("Benchmark " + name, await page.Locator("nav.page-nav .page-title").TextContentAsync());
            var chartTitles = await page.Locator("figure.chart-card h3").AllTextContentsAsync();
            Assert.NotEmpty(chartTitles);
            Assert.All(chartTitles, t => Assert.StartsWith(name + ": ", t, StringComparison.Ordinal));
            var labels = await page.Locator("figure.chart-card canvas").EvaluateAllAsync<string[]>("cs => cs.map(c => c.getAttribute('aria-label'))");
            Assert.All(labels, l => Assert.StartsWith(name + ": ", l, StringComparison.Ordinal));

            // And back up to the index.
            await page.Locator("nav.page-nav a.up").ClickAsync();
            await page.WaitForSelectorAsync("html[data-ready='true']");
            Assert.Equal(indexUrl, page.Url);
        }

        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task The_significant_and_failing_counts_are_visible_and_match_each_benchmark_page()
    {
        var report = await _browser.OpenAsync(TestReport.SuitePages, width: 1440);
        var page = report.Page;
        var headers = await report.Table(IndexTable).Locator("thead th").AllTextContentsAsync();
        int significant = headers.ToList().FindIndex(h => h.Trim() == "Significant");
        int failing = headers.ToList().FindIndex(h => h.Trim() == "Failing");
        Assert.True(significant > 0 && failing > 0, string.Join(" | ", headers));

        // Both count columns are on screen, inside the table's box (not scrolled out of view).
        string hidden = await report.Table(IndexTable).EvaluateAsync<string>(@"(t, cols) => {
            const wrap = t.closest('.table-wrap').getBoundingClientRect();
            const out = [];
            Array.from(t.rows).forEach(r => cols.forEach(c => {
                const b = r.cells[c].getBoundingClientRect();
                if (!r.cells[c].checkVisibility() || b.width < 1 || b.right > wrap.right + 0.5 || b.right > window.innerWidth) out.push(r.cells[0].textContent + '/' + c);
            }));
            return out.join(', ');
        }", new[] { significant, failing });
        Assert.Equal(string.Empty, hidden);

        string[] names = await report.ColumnAsync(IndexTable, 0);
        string[] significantCounts = await report.ColumnAsync(IndexTable, significant);
        string[] failingCounts = await report.ColumnAsync(IndexTable, failing);
        int totalFailing = 0;
        foreach (string name in SuiteFixture.Names)
        {
            int row = Array.IndexOf(names, name);
            var bench = await _browser.OpenSuitePageAsync($"bench/{name}.html");
            string note = await bench.Page.Locator("#s-headline p.note").First.TextContentAsync() ?? string.Empty;
            // "55 changes, 7 failing (rules: …)", "29 changes (rules: …)" or "Nothing moved beyond the thresholds".
            var changes = Regex.Match(note, @"^(\d+) changes?\b");
            var failures = Regex.Match(note, @"\b(\d+) failing\b");
            Assert.True(changes.Success || note.StartsWith("Nothing moved", StringComparison.Ordinal), $"{name}: {note}");
            int pageSignificant = changes.Success ? int.Parse(changes.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            int pageFailing = failures.Success ? int.Parse(failures.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            Assert.Equal(pageSignificant.ToString(CultureInfo.InvariantCulture), significantCounts[row]);
            Assert.Equal(pageFailing.ToString(CultureInfo.InvariantCulture), failingCounts[row]);
            Assert.Equal(pageFailing, await bench.Table("headline/changes").Locator("tbody tr.fail").CountAsync());
            await bench.Page.Context.CloseAsync();
            totalFailing += pageFailing;
        }

        // The fixture has failing benchmarks, and their rows are marked as failing.
        Assert.True(totalFailing > 0);
        var failingRows = await report.Table(IndexTable).Locator("tbody tr.fail td:first-child").AllTextContentsAsync();
        Assert.Equal(SuiteFixture.Names.Where((n, i) => failingCounts[Array.IndexOf(names, n)] != "0").Order(), failingRows.Order());
    }

    [Fact]
    public async Task The_index_sorts_by_a_column_from_the_keyboard_and_with_a_click()
    {
        var report = await _browser.OpenAsync(TestReport.SuitePages);
        var page = report.Page;
        var table = report.Table(IndexTable);
        var failingHeader = table.Locator("thead th").Filter(new LocatorFilterOptions { HasTextRegex = new Regex("^Failing$") });
        int failing = await failingHeader.EvaluateAsync<int>("th => th.cellIndex");
        string[] original = await report.ColumnAsync(IndexTable, 0);

        // Keyboard: focus the header's button and press Enter, then Space.
        await failingHeader.Locator("button").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("descending", await failingHeader.GetAttributeAsync("aria-sort"));
        var descending = (await report.ColumnAsync(IndexTable, failing)).Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(descending.OrderByDescending(v => v), descending);
        Assert.NotEqual(descending.First(), descending.Last());
        await page.Keyboard.PressAsync(" ");
        Assert.Equal("ascending", await failingHeader.GetAttributeAsync("aria-sort"));
        var ascending = (await report.ColumnAsync(IndexTable, failing)).Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(ascending.OrderBy(v => v), ascending);

        // Mouse: the benchmark names, Z to A on the second click; the third restores the index's order.
        var nameButton = table.Locator("thead th").First.Locator("button");
        await nameButton.ClickAsync();
        Assert.Equal(original.OrderBy(n => n, StringComparer.OrdinalIgnoreCase), await report.ColumnAsync(IndexTable, 0));
        await nameButton.ClickAsync();
        Assert.Equal(original.OrderByDescending(n => n, StringComparer.OrdinalIgnoreCase), await report.ColumnAsync(IndexTable, 0));
        await nameButton.ClickAsync();
        Assert.Equal(original, await report.ColumnAsync(IndexTable, 0));
        Assert.Empty(report.Problems);
    }

    [Theory]
    [InlineData(1400)]
    [InlineData(1440)]
    public async Task On_a_wide_screen_the_index_hides_no_column(int width)
    {
        var report = await _browser.OpenAsync(TestReport.SuitePages, width: width, height: 900);
        var page = report.Page;

        var hiding = await page.EvaluateAsync<string[]>(@"() => Array.from(document.querySelectorAll('.table-wrap'))
            .filter(w => w.scrollWidth > w.clientWidth + 1 || w.getBoundingClientRect().right > window.innerWidth)
            .map(w => w.querySelector('table').dataset.tableId + ' ' + w.scrollWidth + ' > ' + w.clientWidth)");
        Assert.Empty(hiding);
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width);
        var lastHeader = await report.Table(IndexTable).Locator("thead th").Last.BoundingBoxAsync();
        Assert.True(lastHeader!.X + lastHeader.Width <= width, $"the last column ends at {lastHeader.X + lastHeader.Width} px");
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("bench/gamma.html")]
    public async Task At_400_pixels_no_suite_page_overflows(string relative)
    {
        var report = await _browser.OpenSuitePageAsync(relative, width: 400, height: 800);
        var page = report.Page;
        await page.Locator("button[data-action='expand-all']").ClickAsync();

        int scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 400, $"{relative}: the page is {scrollWidth} px wide");
        if (relative == "index.html")
        {
            // The index is wider than the screen: it scrolls inside its own box, its names in view.
            var wrap = await report.Table(IndexTable).EvaluateAsync<string>("t => { const w = t.closest('.table-wrap'); return getComputedStyle(w).overflowX + ' ' + (w.scrollWidth > w.clientWidth) + ' ' + getComputedStyle(t.tBodies[0].rows[0].cells[0]).position; }");
            Assert.Equal("auto true sticky", wrap);
        }

        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("bench/gamma.html")]
    public async Task Suite_pages_print_without_overlap_or_controls(string relative)
    {
        var report = await _browser.OpenSuitePageAsync(relative, width: 760, height: 1000);

        var (tables, problems) = await PrintLayout.CheckAsync(report.Page);

        Assert.True(tables >= 2, $"{relative}: {tables} tables");
        Assert.True(problems.Count == 0, relative + ":\n" + string.Join("\n", problems));
        await report.Page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("bench/gamma.html")]
    [InlineData("one page")]
    public async Task Axe_finds_no_serious_or_critical_violation_on_the_suite_pages(string which)
    {
        var report = which == "one page"
            ? await _browser.OpenAsync(TestReport.SuiteOnePage, bypassCsp: true)
            : await _browser.OpenSuitePageAsync(which, bypassCsp: true);
        await AccessibilityTests.OpenFirstSubsectionsAsync(report.Page);

        await Axe.AssertNoSeriousViolationAsync(report.Page, _output, which);
        await report.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_one_page_the_suite_starts_with_its_index_and_its_charts_say_whose_they_are()
    {
        var report = await _browser.OpenAsync(TestReport.SuiteOnePage);
        var page = report.Page;

        var sections = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('main > section'), s => s.dataset.sectionId || s.id)");
        Assert.Equal("suite-index", sections[0]);
        int aggregate = Array.IndexOf(sections, "all-benchmarks-merged");
        Assert.True(aggregate > 0, string.Join(", ", sections));
        Assert.All(SuiteFixture.Names, n => Assert.True(Array.IndexOf(sections, "benchmark-" + n) > aggregate, string.Join(", ", sections)));

        // Every row links to its section on the page.
        var hrefs = await report.Table(IndexTable).Locator("tbody a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(1 + SuiteFixture.Names.Length, hrefs.Length);
        Assert.All(hrefs, h => Assert.StartsWith("#", h, StringComparison.Ordinal));
        foreach (string href in hrefs)
        {
            Assert.Equal(1, await page.Locator($"[id='{href[1..]}']").CountAsync());
        }

        // Charts drawn from a report nested in a section (the aggregate) start with its title.
        var chartTitles = await page.Locator("figure.chart-card h3").AllTextContentsAsync();
        Assert.NotEmpty(chartTitles);
        Assert.All(chartTitles, t => Assert.Matches("^(All benchmarks merged|Benchmark [a-z_]+): ", t));
        Assert.Empty(report.Problems);
    }
}
