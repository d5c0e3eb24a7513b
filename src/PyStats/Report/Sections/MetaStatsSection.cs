using PyStats.Model;
using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Report.Sections;

/// <summary>How many raw files were merged.</summary>
internal static class MetaStatsSection
{
    public static SectionSpec Create() => new(
        "Meta stats",
        "Meta statistics",
        [new TableSpec("meta", [Cells.Left(string.Empty), Cells.Right("Count")], Rows, JoinMode.Change)]);

    private static IReadOnlyList<ReportRow> Rows(StatsView view) =>
        [new ReportRow(Cells.Text("Number of data files"), Cells.Count(view.Counters.Get(CounterNames.FileCount)))];
}
