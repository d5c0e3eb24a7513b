using PyStats.Merging;
using PyStats.Model;
using PyStats.Numbers;
using PyStats.Report.Building;
using PyStats.Report.Headline;
using PyStats.Report.Model;

namespace PyStats.Suite;

/// <summary>
/// A whole benchmark suite, base against head: an index with each benchmark's headline figures,
/// the benchmarks found on one side only, the comparison of all benchmarks merged, and each
/// benchmark's headline (its whole comparison on request, see <see cref="SuiteReport"/>).
/// </summary>
public static class SuiteReportBuilder
{
    public const string AggregateName = "(all benchmarks)";

    /// <summary>
    /// Allocation between young collections at benchmark boundaries: measured on the 100-benchmark
    /// suite (bench/suite.sh), 16 MB gave the shortest runs (8 MB collects too often, 32 MB and the
    /// runtime's own ~70 MB touch more cold memory); see bench/README.md.
    /// </summary>
    private const long YoungBudget = 16 << 20;

    public const string AggregateTitle = "All benchmarks merged";

    /// <summary>The model id of the aggregate's section.</summary>
    public const string AggregateId = "all-benchmarks-merged";

    public static SuiteReport Build(
        IReadOnlyList<(string Name, StatsData Data)> baseSide,
        IReadOnlyList<(string Name, StatsData Data)> headSide,
        ReportOptions options) => Build(baseSide, headSide, options, withDetails: null);

    /// <summary>
    /// As <see cref="Build(IReadOnlyList{ValueTuple{string, StatsData}}, IReadOnlyList{ValueTuple{string, StatsData}}, ReportOptions)"/>;
    /// with <paramref name="withDetails"/>, each benchmark's whole comparison is built (once: its
    /// summary is cut from it) and handed over with the benchmark's index, on a worker thread, then dropped.
    /// <paramref name="withAggregate"/> gets the aggregate's comparison as soon as it is built, on its
    /// own thread, while the benchmarks are compared (so its page is not written after them, alone).
    /// </summary>
    public static SuiteReport Build(
        IReadOnlyList<(string Name, StatsData Data)> baseSide,
        IReadOnlyList<(string Name, StatsData Data)> headSide,
        ReportOptions options,
        Action<int, SuiteBenchmark, ReportDocument>? withDetails,
        Action<ReportDocument>? withAggregate = null)
    {
        var comparisonOptions = options with { Extended = true, Labels = ["Base", "Head"] };
        var headByName = headSide.ToDictionary(h => h.Name, h => h.Data, StringComparer.Ordinal);
        var baseNames = baseSide.Select(b => b.Name).ToHashSet(StringComparer.Ordinal);
        var matched = baseSide.Where(b => headByName.ContainsKey(b.Name)).Select(b => (b.Name, Base: b.Data, Head: headByName[b.Name])).ToList();

        // Both sides merged first (a version mismatch fails before any page is written); their
        // comparison, the aggregate, is built while the benchmarks are.
        var merged = matched.Count == 0 ? null : SuiteParallel.Map(2, side => side == 0
            ? StatsMerger.Merge(matched.Select(m => m.Base).ToList(), "base benchmarks")
            : StatsMerger.Merge(matched.Select(m => m.Head).ToList(), "head benchmarks"));
        var aggregating = merged is not [var mergedBase, var mergedHead] ? null : Task.Run(() =>
        {
            var report = ReportBuilder.Build([mergedBase, mergedHead], comparisonOptions);
            var row = SuiteIndexSection.Row(AggregateName, mergedBase, mergedHead, report, AggregateId);
            StatsView.Forget(mergedBase);
            StatsView.Forget(mergedHead);
            withAggregate?.Invoke(report);
            return (Report: report, Row: row);
        });

        // Only the headline of each benchmark: its findings and totals are all the index needs.
        IReadOnlyList<SectionSpec> headlineOnly = [HeadlineSection.Create()];
        var benchmarks = new SuiteBenchmark[matched.Count];
        var rows = new ReportRow[matched.Count];
        var trim = new YoungGenerationTrim(YoungBudget);
        try
        {
            CompareBenchmarks();
        }
        catch when (aggregating is not null)
        {
            // The aggregate may be writing its page: let it finish (or fail) before the failure
            // of a benchmark ends the command, so no write is cut off halfway.
            try
            {
                aggregating.Wait();
            }
            catch (AggregateException)
            {
                // The benchmark's failure is the one reported (the lowest index, as always).
            }

            throw;
        }

        void CompareBenchmarks() => SuiteParallel.For(matched.Count, i =>
        {
            var (name, b, h) = matched[i];
            SuiteBenchmark benchmark;
            if (withDetails is null)
            {
                benchmark = new SuiteBenchmark(name, b, h, ReportBuilder.Build([b, h], comparisonOptions, headlineOnly));
            }
            else
            {
                var details = ReportBuilder.Build([b, h], comparisonOptions);
                benchmark = new SuiteBenchmark(name, b, h, details.WithSections(details.Sections.Where(s => s.Id == HeadlineSection.Id).ToList()));
                withDetails(i, benchmark, details);
            }

            benchmarks[i] = benchmark;
            rows[i] = SuiteIndexSection.Row(name, b, h, benchmark.Summary, benchmark.SectionId);
            StatsView.Forget(b); // its views served the comparison and the row; all inputs stay loaded
            StatsView.Forget(h);
            trim.AtQuietPoint();
        });

        var sections = new List<ReportSection>();
        ReportDocument? aggregate = null;
        var indexRows = new List<ReportRow>();
        if (aggregating is not null)
        {
            (aggregate, var row) = aggregating.GetAwaiter().GetResult();
            indexRows.Add(row);
        }

        indexRows.AddRange(rows);
        sections.Add(SuiteIndexSection.Create(indexRows, comparisonOptions));
        sections.Add(UnmatchedSection(baseSide.Where(b => !headByName.ContainsKey(b.Name)).Select(b => (b.Name, "base", b.Data.Source))
            .Concat(headSide.Where(h => !baseNames.Contains(h.Name)).Select(h => (h.Name, "head", h.Data.Source))).ToList()));
        if (aggregate is not null)
        {
            string id = AggregateId;
            sections.Add(new ReportSection(id, AggregateTitle, $"{AggregateName}: base vs head", string.Empty, aggregate.Sections.Select(s => s.WithIdPrefix(id)).ToList()));
        }

        var inputs = new List<ReportInput>
        {
            new("Base", Plural.Of(baseSide.Count, "benchmark"), "Suite", Sum(baseSide.Select(b => b.Data.FileCount)), baseSide.FirstOrDefault().Data?.CPythonVersion, baseSide.FirstOrDefault().Data?.Metadata.Origin ?? "none"),
            new("Head", Plural.Of(headSide.Count, "benchmark"), "Suite", Sum(headSide.Select(h => h.Data.FileCount)), headSide.FirstOrDefault().Data?.CPythonVersion, headSide.FirstOrDefault().Data?.Metadata.Origin ?? "none"),
        };
        string dialect = aggregate?.Dialect ?? (options.Dialect ?? ReportDialects.Latest).Name;
        var front = new ReportDocument(inputs, dialect, options.Date, sections)
        {
            DialectReason = aggregate?.DialectReason ?? (options.Dialect is null ? "newest revision" : "--dialect"),
            Extended = true,
            Findings = aggregate?.Findings ?? [],
            SanityIssues = (aggregate is null ? [] : aggregate.SanityIssues.Select(i => i with { Input = $"{AggregateName} {i.Input}" }))
                .Concat(benchmarks.SelectMany(c => c.Summary.SanityIssues.Select(i => i with { Input = $"{c.Name} {i.Input}" }))).Distinct().ToList(),
        };
        return new SuiteReport(front, aggregate, benchmarks, comparisonOptions);
    }

    /// <summary>The names of the benchmarks on both sides, in the order of the base side (the order of <see cref="SuiteReport.Benchmarks"/>).</summary>
    public static IReadOnlyList<string> MatchedNames(IReadOnlyList<(string Name, StatsData Data)> baseSide, IReadOnlyList<(string Name, StatsData Data)> headSide)
    {
        var headNames = headSide.Select(h => h.Name).ToHashSet(StringComparer.Ordinal);
        return baseSide.Where(b => headNames.Contains(b.Name)).Select(b => b.Name).ToList();
    }

    private static ReportSection UnmatchedSection(IReadOnlyList<(string Name, string Side, string Source)> unmatched)
    {
        IReportPart part = unmatched.Count == 0
            ? new ReportNote("Every benchmark is on both sides.")
            : new ReportTable(
                "unmatched-benchmarks/benchmarks",
                [ReportColumn.Left("Benchmark"), ReportColumn.Left("Only in"), ReportColumn.Left("File")],
                unmatched.Select(u => new ReportRow(new TextCell(u.Name), new TextCell(u.Side), new TextCell(Path.GetFileName(Path.TrimEndingDirectorySeparator(u.Source))))).ToList());
        return new ReportSection("unmatched-benchmarks", "Unmatched benchmarks", "Benchmarks present on one side only", string.Empty, [part]);
    }

    private static Int128 Sum(IEnumerable<Int128> values)
    {
        Int128 total = 0;
        foreach (var v in values)
        {
            total += v;
        }

        return total;
    }
}
