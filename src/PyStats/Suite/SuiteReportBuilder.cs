using PyStats.Merging;
using PyStats.Model;
using PyStats.Report.Building;
using PyStats.Report.Model;
using PyStats.Report.Sections;

namespace PyStats.Suite;

/// <summary>
/// A whole benchmark suite, base against head: an index with each benchmark's headline figures,
/// the benchmarks found on one side only, the comparison of all benchmarks merged, and each
/// benchmark's own comparison (extended, with its significant changes).
/// </summary>
public static class SuiteReportBuilder
{
    public const string AggregateName = "(all benchmarks)";

    public static ReportDocument Build(
        IReadOnlyList<(string Name, StatsData Data)> baseSide,
        IReadOnlyList<(string Name, StatsData Data)> headSide,
        ReportOptions options)
    {
        var comparisonOptions = options with { Extended = true, Labels = ["Base", "Head"] };
        var headByName = headSide.ToDictionary(h => h.Name, h => h.Data, StringComparer.Ordinal);
        var baseNames = baseSide.Select(b => b.Name).ToHashSet(StringComparer.Ordinal);
        var matched = baseSide.Where(b => headByName.ContainsKey(b.Name)).Select(b => (b.Name, Base: b.Data, Head: headByName[b.Name])).ToList();

        var comparisons = new List<(string Name, StatsData Base, StatsData Head, ReportDocument Report)>();
        foreach (var (name, b, h) in matched)
        {
            comparisons.Add((name, b, h, ReportBuilder.Build([b, h], comparisonOptions)));
        }

        var sections = new List<ReportSection>();
        ReportDocument? aggregate = null;
        if (matched.Count > 0)
        {
            var mergedBase = StatsMerger.Merge(matched.Select(m => m.Base).ToList(), "base benchmarks");
            var mergedHead = StatsMerger.Merge(matched.Select(m => m.Head).ToList(), "head benchmarks");
            aggregate = ReportBuilder.Build([mergedBase, mergedHead], comparisonOptions);
            comparisons.Insert(0, (AggregateName, mergedBase, mergedHead, aggregate));
        }

        sections.Add(IndexSection(comparisons, comparisonOptions));
        sections.Add(UnmatchedSection(baseSide.Where(b => !headByName.ContainsKey(b.Name)).Select(b => (b.Name, "base", b.Data.Source))
            .Concat(headSide.Where(h => !baseNames.Contains(h.Name)).Select(h => (h.Name, "head", h.Data.Source))).ToList()));
        foreach (var (name, _, _, report) in comparisons)
        {
            string title = name == AggregateName ? "All benchmarks merged" : $"Benchmark {name}";
            string id = ReportBuilder.Slug(title);
            sections.Add(new ReportSection(id, title, $"{name}: base vs head", string.Empty, report.Sections.Select(s => s.WithIdPrefix(id)).ToList()));
        }

        var inputs = new List<ReportInput>
        {
            new("Base", $"{baseSide.Count} benchmarks", "Suite", Sum(baseSide.Select(b => b.Data.FileCount)), baseSide.FirstOrDefault().Data?.CPythonVersion, baseSide.FirstOrDefault().Data?.Metadata.Origin ?? "none"),
            new("Head", $"{headSide.Count} benchmarks", "Suite", Sum(headSide.Select(h => h.Data.FileCount)), headSide.FirstOrDefault().Data?.CPythonVersion, headSide.FirstOrDefault().Data?.Metadata.Origin ?? "none"),
        };
        string dialect = aggregate?.Dialect ?? (options.Dialect ?? ReportDialect.Python315).Name();
        return new ReportDocument(inputs, dialect, options.Date, sections)
        {
            Extended = true,
            Findings = aggregate?.Findings ?? [],
            SanityIssues = comparisons.SelectMany(c => c.Report.SanityIssues.Select(i => i with { Input = $"{c.Name} {i.Input}" })).Distinct().ToList(),
        };
    }

    private static ReportSection IndexSection(IReadOnlyList<(string Name, StatsData Base, StatsData Head, ReportDocument Report)> comparisons, ReportOptions options)
    {
        var columns = new List<ReportColumn>
        {
            ReportColumn.Left("Benchmark"),
            ReportColumn.Right("Base instructions"), ReportColumn.Right("Head instructions"), ReportColumn.Right("Change"),
            ReportColumn.Right("Base specialized"), ReportColumn.Right("Head specialized"), ReportColumn.Right("Δ specialized"),
            ReportColumn.Right("Base uops executed"), ReportColumn.Right("Head uops executed"), ReportColumn.Right("Uops change"),
            ReportColumn.Right("Significant"), ReportColumn.Right("Failing"),
        };
        var rows = new List<ReportRow>();
        foreach (var (name, b, h, report) in comparisons)
        {
            var bv = new StatsView(b, ReportDialect.Python315);
            var hv = new StatsView(h, ReportDialect.Python315);
            var bs = EffectivenessSplit.Of(bv);
            var hs = EffectivenessSplit.Of(hv);
            double? delta = bs.Total > 0 && hs.Total > 0
                ? 100.0 * ((double)hs.Hits / (double)hs.Total - (double)bs.Hits / (double)bs.Total)
                : null;
            Int128? uopsB = b.Counters.Find("Optimization uops executed");
            Int128? uopsH = h.Counters.Find("Optimization uops executed");
            rows.Add(new ReportRow(
                new TextCell(name),
                new CountCell(bs.Total), new CountCell(hs.Total), new ChangeCell(bs.Total, hs.Total),
                new RatioCell(bs.Hits, bs.Total), new RatioCell(hs.Hits, hs.Total), delta is { } d ? new MeasureCell(d, MeasureUnit.Points) : EmptyCell.Instance,
                uopsB is { } ub ? new CountCell(ub) : EmptyCell.Instance, uopsH is { } uh ? new CountCell(uh) : EmptyCell.Instance, new ChangeCell(uopsB, uopsH),
                new CountCell(report.Findings.Count), new CountCell(report.Findings.Count(f => f.Failing))));
        }

        var parts = new List<IReportPart>();
        if (rows.Count > 0)
        {
            parts.Add(new ReportTable("suite-index/benchmarks", columns, rows));
        }
        else
        {
            parts.Add(new ReportNote("No benchmark is on both sides."));
        }

        return new ReportSection(
            "suite-index",
            "Suite index",
            "One row per benchmark: headline figures and their changes",
            "Instructions are Tier 1 instructions executed; specialized is the share of them that were\n" +
            "specialized instructions that hit; significant and failing count the benchmark's changes\n" +
            $"beyond the thresholds ({options.Rules.Origin}).",
            parts);
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
