using PyStats.Model;
using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Report.Sections;

/// <summary>
/// Execution counts of a view (Tier 1 instructions or Tier 2 uops): count, share of the total,
/// running share, and the miss ratio of instructions that are not themselves specializable.
/// Rows by count, then misses, descending.
/// </summary>
internal static class ExecutionCountTable
{
    public static IReadOnlyList<ReportColumn> Columns { get; } =
        [Cells.Left("Name"), Cells.Right("Count"), Cells.Right("Self"), Cells.Right("Cumulative"), Cells.Right("Miss ratio")];

    public static TableSpec Spec(string prefix) =>
        new("execution-counts", Columns, view => Rows(view.Opcodes(prefix)), JoinMode.ChangeOneColumn);

    public static IReadOnlyList<ReportRow> Rows(OpcodeView view)
    {
        var counts = new List<(string Name, Int128 Count, Int128 Miss)>();
        foreach (var record in view.Records)
        {
            if (record.Find(OpcodeFields.ExecutionCount) is not { } count)
            {
                continue;
            }

            Int128 miss = record.IsSpecializable ? 0 : record.Get(OpcodeFields.Miss);
            counts.Add((record.Name, count, miss));
        }

        Int128 total = view.TotalExecutionCount();
        Int128 cumulative = 0;
        var rows = new List<ReportRow>(counts.Count);
        foreach (var (name, count, miss) in counts.OrderByDescending(c => c.Count).ThenByDescending(c => c.Miss))
        {
            cumulative += count;
            rows.Add(new ReportRow(
                Cells.Text(name),
                Cells.Count(count),
                Cells.Ratio(count, total),
                Cells.Ratio(cumulative, total),
                miss != 0 ? Cells.Ratio(miss, count) : EmptyCell.Instance));
        }

        return rows;
    }
}
