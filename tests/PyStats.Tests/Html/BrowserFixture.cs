using Microsoft.Playwright;
using PyStats.Rendering.Html.Charts;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Html;

/// <summary>
/// Debian's Chromium (never a downloaded browser), driven by Playwright for .NET, and the HTML
/// report of the corpus stdlib comparison written to a temp file by the CLI. Without
/// /usr/bin/chromium every browser test fails: CI installs it (.ci/run).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync",
    ];

    private readonly TempDirectory _dir = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string ReportPath => _dir.File("report.html");

    public string ReportUrl => new Uri(ReportPath).AbsoluteUri;

    /// <summary>How many charts the chart model makes for this report.</summary>
    public int ExpectedCharts { get; private set; }

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} not found: the browser tests need Debian's Chromium (apt-get install chromium; .ci/run does)");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

        var golden = HtmlReports.StdlibComparison();
        var run = CliRun.Invoke([.. golden.Inputs, "--format", "html", "-o", ReportPath]);
        Assert.True(run.ExitCode == 0, run.Error);
        ExpectedCharts = ChartModel.Build(HtmlReports.Document(golden)).Count;

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>Opens the report in a fresh page and waits until its script has run.</summary>
    public async Task<ReportPage> OpenAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
            DeviceScaleFactor = 1,
            ColorScheme = ColorScheme.Light,
        });
        var page = await context.NewPageAsync();
        var report = new ReportPage(page);
        await page.GotoAsync(ReportUrl);
        await page.WaitForSelectorAsync("html[data-ready='true']", new PageWaitForSelectorOptions { Timeout = 30_000 });
        return report;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _dir.Dispose();
    }
}
