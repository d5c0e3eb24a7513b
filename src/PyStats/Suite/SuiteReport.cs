using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Suite;

/// <summary>
/// A computed suite comparison. Its one-page forms (<see cref="Document"/>) start with the index
/// and the aggregate of all benchmarks; each benchmark follows as its headline, or as its whole
/// extended comparison with details. A benchmark's whole comparison is built only on request
/// (<see cref="Details"/>): a hundred of them cost more than all the rest.
/// </summary>
public sealed class SuiteReport
{
    private readonly ReportOptions _comparisonOptions;

    internal SuiteReport(ReportDocument front, ReportDocument? aggregate, IReadOnlyList<SuiteBenchmark> benchmarks, ReportOptions comparisonOptions)
    {
        Front = front;
        Aggregate = aggregate;
        Benchmarks = benchmarks;
        _comparisonOptions = comparisonOptions;
    }

    /// <summary>The index, the unmatched benchmarks and the whole aggregate comparison.</summary>
    public ReportDocument Front { get; }

    /// <summary>The comparison of all matched benchmarks merged, or null when none matched.</summary>
    public ReportDocument? Aggregate { get; }

    /// <summary>
    /// <see cref="Front"/> with the aggregate cut to its headline: the first page of a suite
    /// written as pages, which must stay light (the whole aggregate gets a page of its own).
    /// </summary>
    public ReportDocument FrontPage()
    {
        return Front.WithSections(Front.Sections.Select(s => s.Id == SuiteReportBuilder.AggregateId
            ? new ReportSection(s.Id, s.Title, s.Summary, s.Doc, s.Parts.OfType<ReportSection>().Where(p => p.Id == s.Id + "/headline").SelectMany(p => p.Parts).ToList())
            : s).ToList());
    }

    /// <summary>The benchmarks on both sides, in name order.</summary>
    public IReadOnlyList<SuiteBenchmark> Benchmarks { get; }

    /// <summary>A benchmark's whole extended comparison.</summary>
    public ReportDocument Details(SuiteBenchmark benchmark) => ReportBuilder.Build([benchmark.Base, benchmark.Head], _comparisonOptions);

    /// <summary>
    /// The whole suite as one report: the first page, then one section per benchmark: its
    /// headline (totals and significant changes), or with <paramref name="details"/> its whole comparison.
    /// </summary>
    public ReportDocument Document(bool details)
    {
        var sections = Front.Sections.ToList();
        var whole = details ? SuiteParallel.Map(Benchmarks.Count, i => Details(Benchmarks[i])) : null;
        for (int i = 0; i < Benchmarks.Count; i++)
        {
            var benchmark = Benchmarks[i];
            IEnumerable<IReportPart> parts = whole is not null ? whole[i].Sections : benchmark.Summary.Sections.SelectMany(s => s.Parts);
            string id = benchmark.SectionId;
            string summary = details ? $"{benchmark.Name}: base vs head" : $"{benchmark.Name}: headline of base vs head";
            sections.Add(new ReportSection(id, "Benchmark " + benchmark.Name, summary, string.Empty, parts.Select(p => Prefixed(p, id)).ToList()));
        }

        return Front.WithSections(sections);
    }

    private static IReportPart Prefixed(IReportPart part, string prefix) => part switch
    {
        ReportSection s => s.WithIdPrefix(prefix),
        ReportTable t => new ReportTable(prefix + "/" + t.Id, t.Columns, ReportSection.PrefixLinks(t.Rows, prefix)),
        _ => part,
    };
}
