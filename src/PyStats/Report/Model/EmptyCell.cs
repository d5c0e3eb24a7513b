namespace PyStats.Report.Model;

/// <summary>No value: a side missing from a comparison, or a ratio that does not apply.</summary>
public sealed record EmptyCell : ReportCell
{
    public static EmptyCell Instance { get; } = new();

    public override string JoinKey => string.Empty;
}
