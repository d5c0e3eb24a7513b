namespace PyStats.Report.Model;

/// <summary>A computed table. <see cref="Id"/> is stable across runs, for exports and filters.</summary>
public sealed class ReportTable : IReportPart
{
    public ReportTable(string id, IReadOnlyList<ReportColumn> columns, IReadOnlyList<ReportRow> rows)
    {
        Id = id;
        Columns = columns;
        Rows = rows;
    }

    public string Id { get; }

    public IReadOnlyList<ReportColumn> Columns { get; }

    public IReadOnlyList<ReportRow> Rows { get; }
}
