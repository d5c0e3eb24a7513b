using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PyStats.Tests.Headline;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Html;

/// <summary>
/// The headline in Chromium: above the charts, every failing change present and first, and
/// its links lead to the rows the changes come from.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HeadlineBrowserTests
{
    private readonly BrowserFixture _browser;

    public HeadlineBrowserTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task The_headline_comes_before_the_first_chart()
    {
        var report = await _browser.OpenAsync();
        var headline = report.Page.Locator("#s-headline");
        await Assertions.Expect(headline).ToBeVisibleAsync();
        var headlineBox = await headline.BoundingBoxAsync();
        var chartBox = await report.Page.Locator("figure.chart-card").First.BoundingBoxAsync();
        Assert.NotNull(headlineBox);
        Assert.NotNull(chartBox);
        Assert.True(headlineBox.Y < chartBox.Y, $"headline at {headlineBox.Y}, first chart at {chartBox.Y}");
        Assert.True(headlineBox.Y < 1000, $"the headline starts on the first screen ({headlineBox.Y} px)");
        Assert.Equal("Tier 1 instructions", (await report.ColumnAsync("headline/totals", 0))[0]);
        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task Every_failing_change_is_shown_first_and_marked_failing()
    {
        using var temp = new TempDirectory();
        string rules = temp.Write("rules.json", HeadlineCases.FailingRules);
        string path = temp.File("failing.html");
        var run = CliRun.Invoke("compare", HeadlineCases.Off, HeadlineCases.On, "--rules", rules, "--format", "html", "-o", path);
        Assert.True(run.ExitCode == 0, run.Error);

        var report = await _browser.OpenAsync();
        await report.Page.GotoAsync(new Uri(path).AbsoluteUri);
        await report.Page.WaitForSelectorAsync("html[data-ready='true']");
        string note = await report.Page.Locator("#s-headline p.note").First.TextContentAsync() ?? string.Empty;
        int failing = int.Parse(Regex.Match(note, @"(\d+) failing").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(failing > 5, note);

        foreach (string table in new[] { "headline/changes", "significant-changes/changes" })
        {
            var rows = report.Table(table).Locator("tbody tr");
            string[] classes = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.className)");
            Assert.Equal(Enumerable.Repeat("fail", failing), classes.Take(failing));
            Assert.DoesNotContain("fail", classes.Skip(failing));
            string[] levels = await report.ColumnAsync(table, 0);
            Assert.Equal(Enumerable.Repeat("fail", failing), levels.Take(failing));
        }

        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task A_headline_link_opens_and_shows_the_row_it_comes_from()
    {
        var report = await _browser.OpenAsync();
        var links = report.Table("headline/changes").Locator("a.src");
        int count = await links.CountAsync();
        Assert.True(count > 0, "the headline lists changes");
        for (int i = 0; i < count; i++)
        {
            var link = links.Nth(i);
            string href = await link.GetAttributeAsync("href") ?? string.Empty;
            if (href.Contains("/kinds/", StringComparison.Ordinal))
            {
                // A family's row sits in a subsection that starts closed.
                string id = href[1..];
                Assert.False(await report.Page.Locator($"[id='{id}']").IsVisibleAsync());
                await link.ClickAsync();
                var row = report.Page.Locator($"[id='{id}']");
                await Assertions.Expect(row).ToBeVisibleAsync();
                Assert.Equal(await link.TextContentAsync(), await row.EvaluateAsync<string>("r => r.closest('section').querySelector('summary h3, summary h4').textContent"));
                return;
            }
        }

        Assert.Fail("no headline link to a family's row in the corpus comparison");
    }
}
