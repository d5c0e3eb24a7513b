using System.Text.Json;

namespace PyStats.Tests.Html;

/// <summary>
/// The charts that show change, drawn by Chart.js in Chromium: a comparison leads with a
/// diverging chart of share changes coloured by sign and hit ratios side by side with one
/// tooltip per family; three runs get three distinct colours; a single report keeps its
/// distributions.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartBrowserTests
{
    private readonly BrowserFixture _browser;

    public ChartBrowserTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task A_comparison_leads_with_a_diverging_chart_of_share_changes()
    {
        var report = await _browser.OpenAsync(TestReport.Comparison);

        var ids = await report.Page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('figure.chart-card'), f => f.id)");
        Assert.Equal(["chart-share-changes", "chart-family-hits"], ids.Take(2));
        using var chart = await ChartAsync(report, "chart-share-changes");
        var root = chart.RootElement;
        var values = root.GetProperty("datasets")[0].GetProperty("data").EnumerateArray().Select(v => v.GetDouble()).ToList();
        var colours = root.GetProperty("datasets")[0].GetProperty("colours").EnumerateArray().Select(c => c.GetString()).ToList();

        Assert.Contains(values, v => v < 0);
        Assert.Contains(values, v => v > 0);
        // Bars are coloured by sign: one colour for every decrease, another for every increase.
        Assert.Single(values.Zip(colours).Where(p => p.First < 0).Select(p => p.Second).Distinct());
        Assert.Single(values.Zip(colours).Where(p => p.First > 0).Select(p => p.Second).Distinct());
        Assert.Equal(2, colours.Distinct().Count());
        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task Family_hit_ratios_are_pairs_on_a_0_to_100_axis_with_one_tooltip()
    {
        var report = await _browser.OpenAsync(TestReport.Comparison);

        using var chart = await ChartAsync(report, "chart-family-hits");
        var root = chart.RootElement;

        Assert.False(root.GetProperty("stacked").GetBoolean());
        Assert.Equal(100, root.GetProperty("max").GetDouble());
        Assert.Equal(["Base", "Head"], root.GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("label").GetString()));
        // Hovering a family shows base, head and the change in one tooltip.
        var lines = root.GetProperty("tooltip").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("Base: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Head: ", lines[1], StringComparison.Ordinal);
        Assert.Matches(@"^Change: [+-]\d+\.\d pts$", lines[2]);
    }

    [Fact]
    public async Task Three_runs_get_three_distinct_colours()
    {
        var report = await _browser.OpenAsync(TestReport.ThreeRuns);

        using var hits = await ChartAsync(report, "chart-family-hits");
        using var shares = await ChartAsync(report, "chart-share-changes");
        using var top = await ChartAsync(report, "chart-top-instructions");

        Assert.Equal(3, Colours(hits).Distinct().Count());
        Assert.Equal(3, Colours(top).Distinct().Count());
        Assert.Equal(Colours(hits), Colours(top));
        // Share changes: one series per run against the base, in that run's colour.
        Assert.Equal(Colours(hits).Skip(1), Colours(shares));
        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task A_single_report_keeps_its_distribution_charts()
    {
        var report = await _browser.OpenAsync(TestReport.SingleExtended);

        var ids = await report.Page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('figure.chart-card'), f => f.id)");
        Assert.DoesNotContain("chart-share-changes", ids);
        Assert.DoesNotContain("chart-family-hits", ids);
        using var chart = await ChartAsync(report, "chart-specialization");
        Assert.True(chart.RootElement.GetProperty("stacked").GetBoolean());
        Assert.Equal(["hit", "miss", "deferred"], chart.RootElement.GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("label").GetString()));
    }

    private static List<string> Colours(JsonDocument chart) =>
        [.. chart.RootElement.GetProperty("datasets").EnumerateArray().Select(d => d.GetProperty("colours")[0].GetString()!)];

    /// <summary>The Chart.js chart of a figure: its data sets, colours, axis and the tooltip of its first category.</summary>
    private static async Task<JsonDocument> ChartAsync(ReportPage report, string id)
    {
        string json = await report.Page.Locator("#" + id).EvaluateAsync<string>(@"card => {
            const chart = Chart.getChart(card.querySelector('canvas'));
            const valueAxis = chart.options.indexAxis === 'y' ? 'x' : 'y';
            const colours = d => Array.isArray(d.backgroundColor) ? d.backgroundColor : d.data.map(() => d.backgroundColor);
            const active = chart.data.datasets.map((d, i) => ({ datasetIndex: i, index: 0 }));
            chart.tooltip.setActiveElements(active, { x: 0, y: 0 });
            chart.update();
            const tooltip = chart.tooltip.body.flatMap(b => b.lines).concat(chart.tooltip.footer || []);
            return JSON.stringify({
                stacked: !!chart.options.scales[valueAxis].stacked,
                max: chart.scales[valueAxis].max,
                datasets: chart.data.datasets.map(d => ({ label: d.label, data: d.data, colours: colours(d) })),
                tooltip: tooltip
            });
        }");
        return JsonDocument.Parse(json);
    }
}
