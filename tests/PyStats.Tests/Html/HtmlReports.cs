using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PyStats.Parsing;
using PyStats.Report.Building;
using PyStats.Report.Model;
using PyStats.Tests.Golden;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Html;

/// <summary>Runs <c>pystats … --format html</c> in-process and parses what it printed.</summary>
public static class HtmlReports
{
    public static string Render(IEnumerable<string> inputs)
    {
        var run = CliRun.Invoke([.. inputs, "--format", "html"]);
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}");
        return run.Out;
    }

    public static string Markdown(IEnumerable<string> inputs)
    {
        var run = CliRun.Invoke([.. inputs]);
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}");
        return run.Out;
    }

    /// <summary>The computed report of a case, as the CLI builds it (with the goldens' date).</summary>
    public static ReportDocument Document(GoldenCase golden) =>
        ReportBuilder.Build(
            golden.Inputs.Select(i => StatsLoader.Load(i, new LoadOptions()).Data).ToList(),
            new ReportOptions { Date = new DateOnly(2025, 12, 8) });

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The corpus comparison of the stdlib runs (Tier 2 off vs on), from raw files.</summary>
    public static GoldenCase StdlibComparison() =>
        GoldenCases.Comparisons().First(c =>
            c.Name.StartsWith("corpus/", StringComparison.Ordinal)
            && c.Name.Contains("stdlib-tests-tier2-off-vs-stdlib-tests-tier2-on", StringComparison.Ordinal)
            && c.Name.EndsWith("from raw", StringComparison.Ordinal));

    /// <summary>The report tables of a page (not the inputs table of the header).</summary>
    /// <summary>
    /// The tables of the Markdown report, in order: every table but the headline's, which the
    /// page of a comparison adds even when the Markdown (plain, CPython's) has none.
    /// </summary>
    public static IReadOnlyList<IElement> ReportTables(IDocument page) => [.. page.QuerySelectorAll("table.report-table").Where(t => t.Closest("#s-headline") is null)];

    /// <summary>The inline scripts the page runs (not the JSON data block).</summary>
    public static IReadOnlyList<IElement> RunnableScripts(IDocument page) =>
        [.. page.QuerySelectorAll("script").Where(s => s.GetAttribute("type") is null)];
}
