namespace PyStats.Report.Model;

/// <summary>One table row; the first cell names the row.</summary>
public sealed class ReportRow
{
    public ReportRow(IReadOnlyList<ReportCell> cells) => Cells = cells;

    public ReportRow(params ReportCell[] cells) => Cells = cells;

    public IReadOnlyList<ReportCell> Cells { get; }

    public ReportCell Key => Cells[0];

    /// <summary>A row of significant changes: whether its change fails a rule or only warns; null elsewhere.</summary>
    public RowLevel? Level { get; init; }
}
