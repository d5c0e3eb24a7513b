namespace PyStats.Report.Model;

/// <summary>A table column: its header and alignment.</summary>
public sealed record ReportColumn(string Name, ColumnAlignment Alignment)
{
    public static ReportColumn Left(string name) => new(name, ColumnAlignment.Left);

    public static ReportColumn Right(string name) => new(name, ColumnAlignment.Right);

    public ReportColumn WithPrefix(string prefix) => this with { Name = prefix + Name };
}
