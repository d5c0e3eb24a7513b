using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace PyStats.Tests.Html;

/// <summary>
/// End to end in headless Chromium: the corpus comparison report opened from file://, offline,
/// with its charts drawn and its sorting, filtering, sections and tooltips working.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserTests
{
    private const string ExecutionTable = "execution-counts/execution-counts";

    private readonly BrowserFixture _browser;

    public BrowserTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task Page_loads_from_disk_without_errors_or_network_and_draws_every_chart()
    {
        var report = await _browser.OpenAsync();

        Assert.Empty(report.Problems);
        Assert.Equal([_browser.ReportUrl], report.Requests);

        var cards = await report.Page.Locator("figure.chart-card").AllAsync();
        Assert.Equal(_browser.ExpectedCharts, cards.Count);
        Assert.True(cards.Count >= 4, $"{cards.Count} charts");
        foreach (var card in cards)
        {
            // Chart.js owns the canvas, has data sets, and painted more than a background.
            string result = await card.EvaluateAsync<string>(@"card => {
                const canvas = card.querySelector('canvas');
                const chart = Chart.getChart(canvas);
                if (!chart) return 'no chart';
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                const colours = new Set();
                for (let i = 0; i < pixels.length; i += 4 * 7) if (pixels[i + 3] > 0) colours.add(pixels[i] << 16 | pixels[i + 1] << 8 | pixels[i + 2]);
                return chart.data.datasets.length + ' ' + colours.size + ' ' + canvas.height;
            }");
            string id = await card.GetAttributeAsync("id") ?? "?";
            var parts = result.Split(' ');
            Assert.True(parts.Length == 3, $"{id}: {result}");
            Assert.True(int.Parse(parts[0], CultureInfo.InvariantCulture) > 0, $"{id}: no data sets");
            Assert.True(int.Parse(parts[1], CultureInfo.InvariantCulture) > 10, $"{id}: canvas looks blank ({result})");
            Assert.True(int.Parse(parts[2], CultureInfo.InvariantCulture) >= 100, $"{id}: canvas too small ({result})");
        }
    }

    [Fact]
    public async Task Clicking_a_header_sorts_numerically_then_reverses_then_restores()
    {
        var report = await _browser.OpenAsync();
        var header = report.Table(ExecutionTable).Locator("th").Filter(new LocatorFilterOptions { HasText = "Base Count" });
        string[] original = await report.ColumnAsync(ExecutionTable, 0);
        int column = await header.EvaluateAsync<int>("th => th.cellIndex");

        await header.Locator("button").ClickAsync();
        Assert.Equal("descending", await header.GetAttributeAsync("aria-sort"));
        var descending = Numbers(await report.ColumnAsync(ExecutionTable, column));
        Assert.Equal(descending.OrderByDescending(v => v), descending);
        Assert.True(descending.Count > 100, "numeric sort needs many rows to mean something");
        Assert.NotEqual(original, await report.ColumnAsync(ExecutionTable, 0));

        await header.Locator("button").ClickAsync();
        Assert.Equal("ascending", await header.GetAttributeAsync("aria-sort"));
        var ascending = Numbers(await report.ColumnAsync(ExecutionTable, column));
        Assert.Equal(ascending.OrderBy(v => v), ascending);

        await header.Locator("button").ClickAsync();
        Assert.Equal("none", await header.GetAttributeAsync("aria-sort"));
        Assert.Equal(original, await report.ColumnAsync(ExecutionTable, 0));
        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task The_change_column_sorts_by_its_exact_value()
    {
        var report = await _browser.OpenAsync();
        var header = report.Table(ExecutionTable).Locator("th").Filter(new LocatorFilterOptions { HasText = "Change" });

        await header.Locator("button").ClickAsync();

        // Changes from or to nothing first, then by value (computed here from the cell's two counts), empty cells last.
        var keys = await report.Table(ExecutionTable).EvaluateAsync<string[]>("t => Array.from(t.tBodies[0].rows, r => { const c = r.cells[r.cells.length - 1]; return c.classList.contains('new') || c.classList.contains('gone') ? 'kind' : c.title; })");
        int pinned = keys.TakeWhile(k => k == "kind").Count();
        var values = keys.Skip(pinned).Select(ChangeKeys.FromCounts).TakeWhile(v => v is not null).Select(v => v!.Value).ToList();
        Assert.True(values.Count > 100, $"{values.Count} change values");
        Assert.Equal(values.OrderByDescending(v => v), values);
        Assert.All(keys.Skip(pinned + values.Count), k => Assert.Null(ChangeKeys.FromCounts(k)));
    }

    [Fact]
    public async Task The_filter_box_keeps_only_matching_rows()
    {
        var report = await _browser.OpenAsync();
        var block = report.Page.Locator(".table-block").Filter(new LocatorFilterOptions { Has = report.Table(ExecutionTable) });
        string[] all = await report.ColumnAsync(ExecutionTable, 0);
        var expected = all.Where(l => l.Contains("LOAD_ATTR", StringComparison.Ordinal)).ToList();

        await block.Locator("input.filter").FillAsync("load_attr");

        var visible = await report.VisibleLabelsAsync(ExecutionTable);
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < all.Length);
        Assert.Equal(expected.Order(), visible.Order());
        Assert.Equal($"{expected.Count} of {all.Length} rows", await block.Locator(".row-count").TextContentAsync());

        await block.Locator("input.filter").FillAsync(string.Empty);
        Assert.Equal(all.Length, (await report.VisibleLabelsAsync(ExecutionTable)).Length);
    }

    [Fact]
    public async Task Sections_expand_and_collapse_and_links_open_their_target()
    {
        var report = await _browser.OpenAsync();
        var family = report.Section("specialization-stats/load_attr");
        var details = family.Locator(":scope > details");
        var table = report.Table("specialization-stats/load_attr/kinds");

        Assert.False(await details.EvaluateAsync<bool>("d => d.open"));
        Assert.False(await table.IsVisibleAsync());
        await family.Locator(":scope > details > summary").ClickAsync();
        Assert.True(await details.EvaluateAsync<bool>("d => d.open"));
        Assert.True(await table.IsVisibleAsync());

        await report.Page.Locator("button[data-action='collapse-all']").ClickAsync();
        Assert.False(await report.Table(ExecutionTable).IsVisibleAsync());
        await report.Page.Locator(".toc a").Filter(new LocatorFilterOptions { HasText = "Deferred by instruction" }).ClickAsync();
        Assert.True(await report.Table("specialization-effectiveness/deferred-by-instruction/deferred").IsVisibleAsync());
        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task Doc_labels_show_their_explanation_as_a_tooltip()
    {
        var report = await _browser.OpenAsync();
        var label = report.Table("specialization-effectiveness/effectiveness").Locator(".doc").First;
        var tooltip = report.Page.Locator("#tooltip");

        Assert.False(await tooltip.IsVisibleAsync());
        await label.HoverAsync();

        Assert.True(await tooltip.IsVisibleAsync());
        Assert.Equal(await label.GetAttributeAsync("data-doc"), await tooltip.TextContentAsync());
    }

    [Fact]
    public async Task A_screenshot_of_the_page_is_not_blank()
    {
        var report = await _browser.OpenAsync();
        byte[] png = await report.Page.ScreenshotAsync();
        string saved = Path.Combine(AppContext.BaseDirectory, "screenshots", "report-comparison.png");
        Directory.CreateDirectory(Path.GetDirectoryName(saved)!);
        await File.WriteAllBytesAsync(saved, png);

        // Decode the PNG in a blank page and count its colours and how much is background.
        var blank = await report.Page.Context.NewPageAsync();
        string stats = await blank.EvaluateAsync<string>(@"async b64 => {
            const image = new Image();
            image.src = 'data:image/png;base64,' + b64;
            await image.decode();
            const canvas = document.createElement('canvas');
            canvas.width = image.width; canvas.height = image.height;
            const g = canvas.getContext('2d');
            g.drawImage(image, 0, 0);
            const data = g.getImageData(0, 0, canvas.width, canvas.height).data;
            const counts = new Map();
            for (let i = 0; i < data.length; i += 4) { const k = data[i] << 16 | data[i + 1] << 8 | data[i + 2]; counts.set(k, (counts.get(k) || 0) + 1); }
            const top = Math.max(...counts.values());
            return JSON.stringify({ width: canvas.width, height: canvas.height, colours: counts.size, topShare: top / (data.length / 4) });
        }", Convert.ToBase64String(png));
        using var json = JsonDocument.Parse(stats);
        var root = json.RootElement;

        Assert.Equal(1440, root.GetProperty("width").GetInt32());
        Assert.Equal(1000, root.GetProperty("height").GetInt32());
        Assert.True(root.GetProperty("colours").GetInt32() > 100, stats);
        Assert.True(root.GetProperty("topShare").GetDouble() < 0.9, stats);
    }

    private static List<double> Numbers(IEnumerable<string> texts) =>
        texts.Where(t => t.Length > 0).Select(t => double.Parse(t.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToList();
}
