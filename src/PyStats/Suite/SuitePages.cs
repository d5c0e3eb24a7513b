using System.Text;
using PyStats.Model;
using PyStats.Report.Building;
using PyStats.Rendering.Html;

namespace PyStats.Suite;

/// <summary>
/// A suite as a set of HTML pages: <c>index.html</c> (the index and the aggregate's headline),
/// <c>bench/_all.html</c> (the whole aggregate comparison) and one <c>bench/NAME.html</c> per
/// benchmark with its whole comparison, linked both ways. The first page stays small however
/// many benchmarks there are; each benchmark costs only its own page.
/// </summary>
public static class SuitePages
{
    public const string IndexFile = "index.html";

    public const string BenchDirectory = "bench";

    /// <summary>The aggregate's page, in <see cref="BenchDirectory"/>; a benchmark's page of this name gets "-2".</summary>
    public const string AggregateFile = "_all.html";

    /// <summary>The relative path of every page, the index first (paths use '/').</summary>
    public static IReadOnlyList<string> Paths(SuiteReport suite) =>
        [IndexFile, .. (suite.Aggregate is null ? [] : new[] { BenchDirectory + "/" + AggregateFile }), .. FileNames(suite.Benchmarks.Select(b => b.Name)).Select(f => BenchDirectory + "/" + f)];

    /// <summary>
    /// Compares the suite and renders every page, handing each to <paramref name="write"/>
    /// (relative path, writer), possibly from several threads at once: each benchmark page as soon
    /// as its comparison is built (on every core; the comparison is dropped once written), the
    /// aggregate's as soon as it is built (alongside), and the index last, so an index never links
    /// to a page not yet written. Returns the suite.
    /// </summary>
    public static SuiteReport Write(
        IReadOnlyList<(string Name, StatsData Data)> baseSide,
        IReadOnlyList<(string Name, StatsData Data)> headSide,
        ReportOptions options,
        Action<string, Action<TextWriter>> write)
    {
        var files = FileNames(SuiteReportBuilder.MatchedNames(baseSide, headSide));
        var renderer = new HtmlRenderer();
        var suite = SuiteReportBuilder.Build(baseSide, headSide, options, (i, benchmark, details) =>
        {
            var pageOptions = new HtmlPageOptions
            {
                Title = "Benchmark " + benchmark.Name,
                UpHref = "../" + IndexFile,
                ChartTitlePrefix = benchmark.Name + ": ",
            };
            write(BenchDirectory + "/" + files[i], w => renderer.Render(details, w, pageOptions));
        }, aggregate =>
        {
            var aggregateOptions = new HtmlPageOptions { Title = SuiteReportBuilder.AggregateTitle, UpHref = "../" + IndexFile, ChartTitlePrefix = "All benchmarks: " };
            write(BenchDirectory + "/" + AggregateFile, w => renderer.Render(aggregate, w, aggregateOptions));
        });

        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < suite.Benchmarks.Count; i++)
        {
            pages[suite.Benchmarks[i].SectionId] = BenchDirectory + "/" + Uri.EscapeDataString(files[i]);
        }

        var links = new List<(string Text, string Href)>();
        if (suite.Aggregate is not null)
        {
            links.Add(("The whole comparison of all benchmarks merged", BenchDirectory + "/" + AggregateFile));
        }

        write(IndexFile, w => renderer.Render(suite.FrontPage(), w, new HtmlPageOptions { Title = "Suite", Pages = pages, Links = links }));
        return suite;
    }

    /// <summary>A file name per benchmark: its name with anything but letters, digits, '-', '_' and '.' replaced, unique.</summary>
    private static List<string> FileNames(IEnumerable<string> benchmarks)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { AggregateFile };
        var names = new List<string>();
        foreach (string benchmark in benchmarks)
        {
            var sb = new StringBuilder();
            foreach (char c in benchmark)
            {
                sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || (c == '.' && sb.Length > 0) ? c : '_');
            }

            string stem = sb.Length > 0 ? sb.ToString() : "benchmark";
            string name = stem + ".html";
            for (int n = 2; !used.Add(name); n++)
            {
                name = $"{stem}-{n}.html";
            }

            names.Add(name);
        }

        return names;
    }
}
