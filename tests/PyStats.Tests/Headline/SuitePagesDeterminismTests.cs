using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Headline;

/// <summary>
/// The suite pages are built on every core at once: what is written must not depend on the
/// thread scheduling, and a failure must be the same one line whichever thread met it.
/// </summary>
public sealed class SuitePagesDeterminismTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public SuitePagesDeterminismTests()
    {
        // Eight benchmarks of real data, more than the cores of any test machine, each a
        // different pair of corpus runs.
        string[] runs = ["stdlib-tests-tier2-off", "stdlib-tests-tier2-on", "many-small-processes"];
        Directory.CreateDirectory(_temp.File("base"));
        Directory.CreateDirectory(_temp.File("head"));
        for (int k = 0; k < 8; k++)
        {
            string Corpus(int i) => Path.Combine(RepoPaths.Corpus, "cpython-3.13", runs[i % runs.Length], "expected.json");
            File.Copy(Corpus(k), _temp.File($"base/x-pystats-bm{k}.json"));
            File.Copy(Corpus(k + 1 + (k / 3)), _temp.File($"head/y-pystats-bm{k}.json"));
        }
    }

    public void Dispose() => _temp.Dispose();

    private CliRun Suite(params string[] more) => CliRun.Invoke(["suite", _temp.File("base"), _temp.File("head"), .. more]);

    private Dictionary<string, byte[]> Pages(string directory)
    {
        string root = _temp.File(directory);
        return Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes);
    }

    [Fact]
    public void Two_runs_write_the_same_pages_byte_for_byte()
    {
        var first = Suite("--format", "html", "-o", _temp.File("one"));
        var second = Suite("--format", "html", "-o", _temp.File("two"));
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);

        var one = Pages("one");
        var two = Pages("two");
        Assert.Equal(10, one.Count); // index, aggregate, 8 benchmarks
        Assert.Equal(one.Keys.Order(), two.Keys.Order());
        Assert.All(one, page => Assert.True(page.Value.AsSpan().SequenceEqual(two[page.Key]), $"{page.Key} differs between two runs"));
    }

    [Fact]
    public void A_benchmark_page_carries_the_same_headline_as_the_one_page_details()
    {
        // The pages build each comparison once and cut the index's summary from it; the one-page
        // forms build the headline alone: both must agree on every benchmark's counts.
        var pages = Suite("--format", "html", "-o", _temp.File("pages"));
        var markdown = Suite();
        Assert.True(pages.ExitCode == 0, pages.Error);
        Assert.True(markdown.ExitCode == 0, markdown.Error);
        var fromPages = IndexCounts(File.ReadAllText(_temp.File("pages/index.html")));
        var fromMarkdown = IndexCounts(markdown.Out);
        Assert.Equal(9, fromPages.Count); // the aggregate and 8 benchmarks
        Assert.Contains(fromPages, r => r != "0|0");
        Assert.Equal(fromMarkdown, fromPages);
    }

    /// <summary>The significant and failing counts of each row of the suite index (Markdown tables are HTML).</summary>
    private static List<string> IndexCounts(string text)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(text);
        var table = document.QuerySelectorAll("table").First(t => t.QuerySelector("th")?.TextContent.Trim() == "Benchmark");
        return table.QuerySelectorAll("tbody tr")
            .Select(r => string.Join("|", r.QuerySelectorAll("td,th").TakeLast(2).Select(c => c.TextContent.Trim()))).ToList();
    }

    [Fact]
    public void A_bad_file_is_reported_alone_and_the_same_in_every_run()
    {
        File.WriteAllText(_temp.File("base/x-pystats-bm2.json"), "{\"a\": 1,");
        File.WriteAllText(_temp.File("head/y-pystats-bm6.json"), "[]");
        var first = Suite("--format", "html", "-o", _temp.File("out"));
        var second = Suite("-o", _temp.File("out.md"));
        Assert.Equal(1, first.ExitCode);
        Assert.Equal(first.Error, second.Error);
        string line = Assert.Single(first.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"pystats: error: {_temp.File("base/x-pystats-bm2.json")}", line);
        Assert.False(Directory.Exists(_temp.File("out")));
    }
}
