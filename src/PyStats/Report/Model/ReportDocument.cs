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

    public string Dialect { get; }

    /// <summary>The "Stats gathered on" date.</summary>
    public DateOnly Date { get; }

    public IReadOnlyList<ReportSection> Sections { get; }

    public bool IsComparison => Inputs.Count > 1;
}
