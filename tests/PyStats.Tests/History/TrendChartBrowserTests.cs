using System.Text.Json;
using PyStats.Tests.Html;

namespace PyStats.Tests.History;

/// <summary>
/// The <c>history trend --format html</c> page in Chromium: one line per series in distinct
/// colours, a point per run at its commit date, and hovering a point names its commit and date.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TrendChartBrowserTests : IDisposable
{
    private readonly BrowserFixture _browser;
    private readonly HistoryFixture _fixture = new();

    public TrendChartBrowserTests(BrowserFixture browser)
    {
        _browser = browser;
        Assert.Equal(0, _fixture.History("ingest", _fixture.Tree).ExitCode);
    }

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task Chart_draws_one_line_per_series_and_hover_names_commit_and_date()
    {
        string path = _fixture.Temp.File("trend.html");
        var run = _fixture.History("trend", "family-hit-ratio", "--subject", "LOAD_ATTR", "--format", "html", "-o", path);
        Assert.True(run.ExitCode == 0, run.Error);

        var report = await _browser.OpenFileAsync(path, "body[data-ready='true']", width: 1200, height: 900);
        var page = report.Page;

        string json = await page.EvaluateAsync<string>(@"() => {
            const canvas = document.getElementById('trend-chart');
            const chart = Chart.getChart(canvas);
            const ctx = canvas.getContext('2d');
            const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
            let painted = 0;
            for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) painted++;
            return JSON.stringify({
                painted,
                series: chart.data.datasets.map(d => ({ name: d.label, colour: d.borderColor, points: d.data.length }))
            });
        }");
        using var doc = JsonDocument.Parse(json);
        var series = doc.RootElement.GetProperty("series").EnumerateArray()
            .Select(s => (Name: s.GetProperty("name").GetString()!, Colour: s.GetProperty("colour").GetString()!, Points: s.GetProperty("points").GetInt32()))
            .OrderBy(s => s.Name, StringComparer.Ordinal).ToList();

        Assert.Equal(["python/PYTHON_UOPS", "python/default"], series.Select(s => s.Name));
        Assert.Equal([1, 2], series.Select(s => s.Points));
        Assert.Equal(2, series.Select(s => s.Colour).Distinct().Count());
        Assert.True(doc.RootElement.GetProperty("painted").GetInt32() > 1000, json);

        // Hover the later point of python/default (run B): the tooltip names its day and commit.
        var point = await page.EvaluateAsync<double[]>(@"() => {
            const chart = Chart.getChart(document.getElementById('trend-chart'));
            const index = chart.data.datasets.findIndex(d => d.label === 'python/default');
            const meta = chart.getDatasetMeta(index);
            const later = meta.data.reduce((a, b) => (b.x > a.x ? b : a));
            return [later.x, later.y];
        }");
        var box = await page.Locator("#trend-chart").BoundingBoxAsync();
        Assert.NotNull(box);
        await page.Mouse.MoveAsync(box!.X + (float)point[0], box.Y + (float)point[1]);
        string tooltip = await page.EvaluateAsync<string>(@"() => {
            const t = Chart.getChart(document.getElementById('trend-chart')).tooltip;
            return t.opacity > 0 ? t.title.join(' ') + ' | ' + t.body.map(b => b.lines.join(' ')).join(' | ') : '';
        }");

        Assert.Contains("2024-04-03", tooltip);
        Assert.Contains("commit bbbbbbb", tooltip);
        Assert.Contains("python/default", tooltip);
        Assert.Empty(report.Problems);
        Assert.All(report.Requests, url => Assert.StartsWith("file://", url));
        await page.Context.CloseAsync();
    }
}
