using PyStats.Report.Model;

namespace PyStats.Report.Building;

/// <summary>
/// A table definition: its columns, how to compute its rows for one input, and how the rows of
/// several inputs are joined.
/// </summary>
public sealed class TableSpec : PartSpec
{
    public TableSpec(string name, IReadOnlyList<ReportColumn> columns, Func<StatsView, IReadOnlyList<ReportRow>> rows, JoinMode join = JoinMode.Simple)
    {
        Name = name;
        Columns = columns;
        Rows = rows;
        Join = join;
    }

    /// <summary>A short name, unique within its section (used for table ids).</summary>
    public string Name { get; }

    public IReadOnlyList<ReportColumn> Columns { get; }

    public Func<StatsView, IReadOnlyList<ReportRow>> Rows { get; }

    public JoinMode Join { get; }
}
