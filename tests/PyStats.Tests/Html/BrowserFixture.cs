using System.Collections.Concurrent;
using Microsoft.Playwright;
using PyStats.Rendering.Html.Charts;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Html;

/// <summary>
/// Debian's Chromium (never a downloaded browser), driven by Playwright for .NET, shared by
/// every browser test class (one launch), and the HTML reports the tests open, written to temp
/// files by the CLI on first use. Without /usr/bin/chromium every browser test fails: CI
/// installs it (.ci/run).
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
    private readonly ConcurrentDictionary<TestReport, Lazy<string>> _reports = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string ReportPath => PathOf(TestReport.Comparison);

    public string ReportUrl => UrlOf(TestReport.Comparison);

    /// <summary>How many charts the chart model makes for the comparison report.</summary>
    public int ExpectedCharts { get; private set; }

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} not found: the browser tests need Debian's Chromium (apt-get install chromium; .ci/run does)");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

        _ = PathOf(TestReport.Comparison);
        ExpectedCharts = ChartModel.Build(HtmlReports.Document(HtmlReports.StdlibComparison())).Count;

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>The page's file, written by <c>pystats … --format html -o</c> the first time it is asked for.</summary>
    public string PathOf(TestReport report) => _reports.GetOrAdd(report, r => new Lazy<string>(() => Write(r))).Value;

    public string UrlOf(TestReport report) => new Uri(PathOf(report)).AbsoluteUri;

    /// <summary>A page of the suite written as pages, by its path relative to the index ("bench/alpha.html").</summary>
    public string SuitePagePath(string relative) => Path.Combine(Path.GetDirectoryName(PathOf(TestReport.SuitePages))!, relative);

    /// <summary>Opens a report in a fresh page and waits until its script has run.</summary>
    /// <param name="bypassCsp">Lets the test inject a script (axe-core) the page's policy would refuse.</param>
    public async Task<ReportPage> OpenAsync(TestReport report = TestReport.Comparison, int width = 1440, int height = 1000, bool bypassCsp = false)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = 1,
            ColorScheme = ColorScheme.Light,
            BypassCSP = bypassCsp,
        });
        var page = await context.NewPageAsync();
        var opened = new ReportPage(page);
        await opened.GoToAsync(UrlOf(report));
        return opened;
    }

    /// <summary>Opens a page of the suite written as pages (see <see cref="SuitePagePath"/>).</summary>
    public async Task<ReportPage> OpenSuitePageAsync(string relative, int width = 1440, int height = 1000, bool bypassCsp = false)
    {
        var opened = await OpenAsync(TestReport.SuitePages, width, height, bypassCsp);
        await opened.GoToAsync(new Uri(SuitePagePath(relative)).AbsoluteUri);
        return opened;
    }

    /// <summary>Opens any page file (e.g. a history page) in a fresh page and waits for <paramref name="readySelector"/>.</summary>
    public async Task<ReportPage> OpenFileAsync(string path, string readySelector, int width = 1440, int height = 1000)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = 1,
            ColorScheme = ColorScheme.Light,
        });
        var page = await context.NewPageAsync();
        var opened = new ReportPage(page);
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        await page.WaitForSelectorAsync(readySelector, new PageWaitForSelectorOptions { Timeout = 30_000 });
        return opened;
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

    private string Write(TestReport report)
    {
        if (report is TestReport.SuitePages or TestReport.SuiteOnePage)
        {
            return WriteSuite(report);
        }

        string stdlib = Path.Combine(RepoPaths.Corpus, "cpython-3.13");
        string[] args = report switch
        {
            TestReport.Comparison => [.. HtmlReports.StdlibComparison().Inputs],
            TestReport.ComparisonExtended => [.. HtmlReports.StdlibComparison().Inputs, "--extended"],
            TestReport.SingleExtended => [Path.Combine(stdlib, "stdlib-tests-tier2-on", "raw"), "--extended"],
            TestReport.ThreeRuns =>
            [
                "compare",
                Path.Combine(stdlib, "stdlib-tests-tier2-off", "raw"),
                Path.Combine(stdlib, "stdlib-tests-tier2-on", "raw"),
                Path.Combine(stdlib, "many-small-processes", "raw"),
            ],
            _ => throw new ArgumentOutOfRangeException(nameof(report)),
        };
        string path = _dir.File(report + ".html");
        var run = CliRun.Invoke([.. args, "--format", "html", "-o", path]);
        Assert.True(run.ExitCode == 0, $"{report}: exit {run.ExitCode}: {run.Error}");
        return path;
    }

    /// <summary>The suite of <see cref="SuiteFixture"/>, as pages (the index's path) or as one page.</summary>
    private string WriteSuite(TestReport report)
    {
        lock (_dir)
        {
            if (!Directory.Exists(_dir.File("suite")))
            {
                SuiteFixture.WriteInputs(_dir.File("suite"));
            }
        }

        string output = report == TestReport.SuitePages ? _dir.File("suite-pages") : _dir.File("suite.html");
        var run = CliRun.Invoke("suite", _dir.File("suite/base"), _dir.File("suite/head"), "--format", "html", "-o", output);
        Assert.True(run.ExitCode == 0, $"{report}: exit {run.ExitCode}: {run.Error}");
        return report == TestReport.SuitePages ? Path.Combine(output, "index.html") : output;
    }
}
