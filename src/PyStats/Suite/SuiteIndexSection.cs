using PyStats.Model;
using PyStats.Report.Building;
using PyStats.Report.Model;
using PyStats.Report.Sections;

namespace PyStats.Suite;

/// <summary>
/// The suite's index: one row per benchmark (the aggregate first) with its headline figures,
/// their changes and its numbers of significant and failing changes; each name links to the
/// benchmark's section (or page).
/// </summary>
internal static class SuiteIndexSection
{
    public const string TableId = "suite-index/benchmarks";

    /// <summary>The index row of one benchmark (or of the aggregate): computed where the benchmark is, in parallel.</summary>
    public static ReportRow Row(string name, StatsData b, StatsData h, ReportDocument report, string target)
    {
        var bv = new StatsView(b, ReportDialects.Latest);
        var hv = new StatsView(h, ReportDialects.Latest);
        var bs = EffectivenessSplit.Of(bv);
        var hs = EffectivenessSplit.Of(hv);
        double? delta = bs.Total > 0 && hs.Total > 0
            ? 100.0 * ((double)hs.Hits / (double)hs.Total - (double)bs.Hits / (double)bs.Total)
            : null;
        Int128? uopsB = b.Counters.Find("Optimization uops executed");
        Int128? uopsH = h.Counters.Find("Optimization uops executed");
        int failing = report.Findings.Count(f => f.Failing);
        return new ReportRow(
            new LinkCell(name, target, string.Empty),
            new CountCell(bs.Total), new CountCell(hs.Total), new ChangeCell(bs.Total, hs.Total),
            new RatioCell(bs.Hits, bs.Total), new RatioCell(hs.Hits, hs.Total), delta is { } d ? new MeasureCell(d, MeasureUnit.Points) : EmptyCell.Instance,
            uopsB is { } ub ? new CountCell(ub) : EmptyCell.Instance, uopsH is { } uh ? new CountCell(uh) : EmptyCell.Instance, new ChangeCell(uopsB, uopsH),
            new CountCell(report.Findings.Count), new CountCell(failing))
        {
            Level = failing > 0 ? RowLevel.Fail : null,
        };
    }

    /// <summary>The index of <paramref name="rows"/> (from <see cref="Row"/>), in the order given.</summary>
    public static ReportSection Create(IReadOnlyList<ReportRow> rows, ReportOptions options)
    {
        var columns = new List<ReportColumn>
        {
            ReportColumn.Left("Benchmark"),
            ReportColumn.Right("Base instructions"), ReportColumn.Right("Head instructions"), ReportColumn.Right("Change"),
            ReportColumn.Right("Base specialized"), ReportColumn.Right("Head specialized"), ReportColumn.Right("Δ specialized"),
            ReportColumn.Right("Base uops executed"), ReportColumn.Right("Head uops executed"), ReportColumn.Right("Uops change"),
            ReportColumn.Right("Significant"), ReportColumn.Right("Failing"),
        };

        IReportPart part = rows.Count > 0 ? new ReportTable(TableId, columns, rows) : new ReportNote("No benchmark is on both sides.");
        return new ReportSection(
            "suite-index",
            "Suite index",
            "One row per benchmark: headline figures and their changes",
            "Instructions are Tier 1 instructions executed; specialized is the share of them that were\n" +
            "specialized instructions that hit; significant and failing count the benchmark's changes\n" +
            $"beyond the thresholds ({options.Rules.Origin}).",
            [part]);
    }
}
