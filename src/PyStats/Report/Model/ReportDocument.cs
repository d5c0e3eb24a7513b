using PyStats.Report.Sanity;
using PyStats.Report.Significance;

namespace PyStats.Report.Model;

/// <summary>The whole computed report: sections in order, plus what it was made from.</summary>
public sealed class ReportDocument
{
    public ReportDocument(IReadOnlyList<ReportInput> inputs, string dialect, DateOnly date, IReadOnlyList<ReportSection> sections)
    {
        Inputs = inputs;
        Dialect = dialect;
        Date = date;
        Sections = sections;
    }

    public IReadOnlyList<ReportInput> Inputs { get; }

    /// <summary>Name of the summarizer revision reproduced.</summary>
    public string Dialect { get; }

    /// <summary>Why that revision was chosen (the evidence, or "--dialect").</summary>
    public string DialectReason { get; init; } = string.Empty;

    /// <summary>The "Stats gathered on" date.</summary>
    public DateOnly Date { get; }

    public IReadOnlyList<ReportSection> Sections { get; }

    public bool IsComparison => Inputs.Count > 1;

    /// <summary>
    /// True for the extended report, whose renderers show "new"/"gone" changes and leave
    /// zero-denominator ratios empty instead of CPython's "N / 0 !!".
    /// </summary>
    public bool Extended { get; init; }

    /// <summary>Significant changes found (extended comparisons; empty otherwise).</summary>
    public IReadOnlyList<SignificantChange> Findings { get; init; } = [];

    /// <summary>Sanity problems found in the inputs (extended reports; empty otherwise).</summary>
    public IReadOnlyList<SanityIssue> SanityIssues { get; init; } = [];

    /// <summary>The same report with other sections (e.g. filtered), everything else kept.</summary>
    public ReportDocument WithSections(IReadOnlyList<ReportSection> sections) =>
        new(Inputs, Dialect, Date, sections) { DialectReason = DialectReason, Extended = Extended, Findings = Findings, SanityIssues = SanityIssues };
}
