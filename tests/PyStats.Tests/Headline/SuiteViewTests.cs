using System.Text.Json;
using AngleSharp.Html.Parser;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Headline;

/// <summary>The suite view: one page per benchmark, a light first page, summarized one-page forms.</summary>
public sealed class SuiteViewTests : IDisposable
{
    private static readonly string[] Names = ["alpha", "beta", "gamma"];

    private readonly TempDirectory _temp = new();

    public SuiteViewTests()
    {
        // Three benchmarks of real data; beta's head is its own base (nothing changes).
        Directory.CreateDirectory(_temp.File("base"));
        Directory.CreateDirectory(_temp.File("head"));
        string Corpus(string p) => Path.Combine(RepoPaths.Corpus, "cpython-3.13", p, "expected.json");
        File.Copy(Corpus("stdlib-tests-tier2-off"), _temp.File("base/x-pystats-alpha.json"));
        File.Copy(Corpus("stdlib-tests-tier2-on"), _temp.File("head/y-pystats-alpha.json"));
        File.Copy(Corpus("many-small-processes"), _temp.File("base/x-pystats-beta.json"));
        File.Copy(Corpus("many-small-processes"), _temp.File("head/y-pystats-beta.json"));
        File.Copy(Corpus("stdlib-tests-tier2-on"), _temp.File("base/x-pystats-gamma.json"));
        File.Copy(Corpus("many-small-processes"), _temp.File("head/y-pystats-gamma.json"));
    }

    public void Dispose() => _temp.Dispose();

    private CliRun Suite(params string[] more) => CliRun.Invoke(["suite", _temp.File("base"), _temp.File("head"), .. more]);

    [Fact]
    public void Html_into_a_directory_writes_an_index_and_one_page_per_benchmark_linked_both_ways()
    {
        var run = Suite("--format", "html", "-o", _temp.File("out"));
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(string.Empty, run.Out);
        string[] expected = ["index.html", "bench/_all.html", .. Names.Select(n => $"bench/{n}.html")];
        Assert.Equal(expected.Order(), Directory.GetFiles(_temp.File("out"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_temp.File("out"), f).Replace('\\', '/')).Order());

        var parser = new HtmlParser();
        var index = parser.ParseDocument(File.ReadAllText(_temp.File("out/index.html")));
        var hrefs = index.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#')).ToList();
        foreach (string name in Names)
        {
            Assert.Contains($"bench/{name}.html", hrefs);
        }

        Assert.All(hrefs, h => Assert.True(File.Exists(Path.Combine(_temp.File("out"), h)), $"index links to missing {h}"));
        Assert.All(index.QuerySelectorAll("a[href^='#']"), a => Assert.NotNull(index.GetElementById(a.GetAttribute("href")![1..])));

        // The first page: the index first, then the aggregate's headline; no benchmark's details.
        var sections = index.QuerySelectorAll("main > section.report-section").Select(s => s.GetAttribute("data-section-id")).ToList();
        Assert.Equal(["suite-index", "unmatched-benchmarks", "all-benchmarks-merged"], sections);
        Assert.Null(index.QuerySelector("table[data-table-id='all-benchmarks-merged/execution-counts/execution-counts']"));
        Assert.NotNull(index.QuerySelector("table[data-table-id='all-benchmarks-merged/headline/totals']"));

        foreach (string name in Names)
        {
            var page = parser.ParseDocument(File.ReadAllText(_temp.File($"out/bench/{name}.html")));
            Assert.NotNull(page.QuerySelector("a.up[href='../index.html']"));
            Assert.Contains("Benchmark " + name, page.Title);
            Assert.NotNull(page.QuerySelector("table[data-table-id='execution-counts/execution-counts']"));
            using var charts = JsonDocument.Parse(page.GetElementById("pystats-charts")!.TextContent);
            var titles = charts.RootElement.EnumerateArray().Select(c => c.GetProperty("title").GetString()!).ToList();
            Assert.NotEmpty(titles);
            Assert.All(titles, t => Assert.StartsWith(name + ": ", t));
        }
    }

    [Fact]
    public void Index_counts_significant_and_failing_changes_and_links_every_benchmark()
    {
        var run = Suite("--format", "json");
        using var json = JsonDocument.Parse(run.Out);
        var index = json.RootElement.GetProperty("sections")[0];
        Assert.Equal("suite-index", index.GetProperty("id").GetString());
        var rows = index.GetProperty("parts")[0].GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["(all benchmarks)", .. Names], rows.Select(r => r[0].GetProperty("text").GetString()));
        Assert.All(rows, r => Assert.Equal("link", r[0].GetProperty("type").GetString()));

        // beta compares a run with itself: nothing significant.
        var beta = rows.Single(r => r[0].GetProperty("text").GetString() == "beta");
        Assert.Equal(0, beta[10].GetProperty("value").GetInt32());
        var alpha = rows.Single(r => r[0].GetProperty("text").GetString() == "alpha");
        Assert.True(alpha[10].GetProperty("value").GetInt32() > 0);

        // Every index link points to a section of this one-page report.
        var ids = json.RootElement.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToHashSet();
        Assert.All(rows, r => Assert.Contains(r[0].GetProperty("table").GetString(), ids));
    }

    [Fact]
    public void Markdown_summarizes_each_benchmark_by_its_headline_unless_details_are_asked_for()
    {
        var summary = Suite().Out;
        var details = Suite("--details").Out;
        foreach (string name in Names)
        {
            string section = Section(summary, "## Benchmark " + name);
            Assert.Contains("<td align=\"left\">Tier 1 instructions</td>", section);
            Assert.DoesNotContain("### Execution counts", section);
            Assert.Contains("### Execution counts", Section(details, "## Benchmark " + name));
        }

        Assert.True(summary.Length * 3 < details.Length, $"summary {summary.Length} bytes, details {details.Length}");
        Assert.True(summary.IndexOf("## Suite index", StringComparison.Ordinal) < summary.IndexOf("## All benchmarks merged", StringComparison.Ordinal));
    }

    [Fact]
    public void A_one_page_html_suite_stays_one_file()
    {
        var run = Suite("--format", "html", "-o", _temp.File("suite.html"));
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["suite.html"], Directory.GetFiles(_temp.Path, "*.html").Select(Path.GetFileName));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(_temp.File("suite.html")));
        Assert.All(page.QuerySelectorAll("a[href^='#']"), a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..])));
        Assert.Equal(Names.Length + 1, page.QuerySelectorAll("table[data-table-id='suite-index/benchmarks'] a.src").Length);
    }

    [Fact]
    public void Pages_into_a_path_that_is_a_file_are_refused_and_the_file_kept()
    {
        string file = _temp.Write("taken", "mine");
        var run = Suite("--format", "html", "-o", file);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"pystats: error: {file}: cannot write the suite pages", run.Error);
        Assert.Equal("mine", File.ReadAllText(file));
    }

    private static string Section(string markdown, string heading)
    {
        int start = markdown.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, heading);
        int end = markdown.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }
}
