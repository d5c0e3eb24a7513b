using System.Text;
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
        [IndexFile, .. (suite.Aggregate is null ? [] : new[] { BenchDirectory + "/" + AggregateFile }), .. FileNames(suite).Select(f => BenchDirectory + "/" + f)];

    /// <summary>
    /// Renders every page and hands it to <paramref name="write"/> (relative path, writer), the
    /// benchmark pages first and the index last, so an index never links to a page not yet written.
    /// </summary>
    public static void Write(SuiteReport suite, Action<string, Action<TextWriter>> write)
    {
        var files = FileNames(suite);
        var renderer = new HtmlRenderer();
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < suite.Benchmarks.Count; i++)
        {
            pages[suite.Benchmarks[i].SectionId] = BenchDirectory + "/" + Uri.EscapeDataString(files[i]);
        }

        // Each benchmark page is a whole comparison built and written on its own: in parallel.
        Parallel.For(0, suite.Benchmarks.Count, i =>
        {
            var benchmark = suite.Benchmarks[i];
            var options = new HtmlPageOptions
            {
                Title = "Benchmark " + benchmark.Name,
                UpHref = "../" + IndexFile,
                ChartTitlePrefix = benchmark.Name + ": ",
            };
            var details = suite.Details(benchmark);
            write(BenchDirectory + "/" + files[i], w => renderer.Render(details, w, options));
        });

        var links = new List<(string Text, string Href)>();
        if (suite.Aggregate is { } aggregate)
        {
            var options = new HtmlPageOptions { Title = SuiteReportBuilder.AggregateTitle, UpHref = "../" + IndexFile, ChartTitlePrefix = "All benchmarks: " };
            write(BenchDirectory + "/" + AggregateFile, w => renderer.Render(aggregate, w, options));
            links.Add(("The whole comparison of all benchmarks merged", BenchDirectory + "/" + AggregateFile));
        }

        write(IndexFile, w => renderer.Render(suite.FrontPage(), w, new HtmlPageOptions { Title = "Suite", Pages = pages, Links = links }));
    }

    /// <summary>A file name per benchmark: its name with anything but letters, digits, '-', '_' and '.' replaced, unique.</summary>
    private static List<string> FileNames(SuiteReport suite)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { AggregateFile };
        var names = new List<string>();
        foreach (var benchmark in suite.Benchmarks)
        {
            var sb = new StringBuilder();
            foreach (char c in benchmark.Name)
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
