using Microsoft.Playwright;
using Xunit.Abstractions;

namespace PyStats.Tests.Html;

/// <summary>
/// axe-core finds no serious or critical violation on the corpus pages. The first closed
/// subsection of every section is opened first, so one of each kind of table (the per-family,
/// per-opcode ones too) is checked without checking hundreds of alike tables.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests
{
    private readonly BrowserFixture _browser;
    private readonly ITestOutputHelper _output;

    public AccessibilityTests(BrowserFixture browser, ITestOutputHelper output)
    {
        _browser = browser;
        _output = output;
    }

    [Theory]
    [InlineData(TestReport.Comparison)]
    [InlineData(TestReport.ComparisonExtended)]
    [InlineData(TestReport.SingleExtended)]
    [InlineData(TestReport.ThreeRuns)]
    public async Task Axe_finds_no_serious_or_critical_violation(TestReport report)
    {
        var page = await _browser.OpenAsync(report, bypassCsp: true);
        Assert.True(await OpenFirstSubsectionsAsync(page.Page) > 0);

        await Axe.AssertNoSeriousViolationAsync(page.Page, _output, report.ToString());
        await page.Page.Context.CloseAsync();
    }

    /// <summary>Opens the first closed subsection of every section; returns how many it opened.</summary>
    public static Task<int> OpenFirstSubsectionsAsync(IPage page) => page.EvaluateAsync<int>(@"() => {
            let n = 0;
            document.querySelectorAll('main .section-body').forEach(body => {
                const first = body.querySelector(':scope > section > details');
                if (first && !first.open) { first.open = true; n++; }
            });
            return n;
        }");
}
