using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Report.Sections;

/// <summary>Every counter no other section shows, in data order (extended report).</summary>
internal static class OtherCountersSection
{
    public static SectionSpec Create() => new(
        "Other counters",
        "Counters not shown in any other section",
        context => context.Inputs.All(i => Rows(i).Count == 0)
            ? [new NoteSpec("None: every counter appears in a section above.")]
            : [new TableSpec("other", [Cells.Left("Counter"), Cells.Right("Count")], Rows, JoinMode.Change)],
        "Counters this version of the report does not know, e.g. ones added or renamed in a\n" +
        "newer CPython. They are listed so that no data is lost.");

    /// <summary>Asked twice per input (is the section empty, then its table): computed once.</summary>
    private static IReadOnlyList<ReportRow> Rows(StatsView view) => view.Cache("other-counters", () => ComputeRows(view));

    private static List<ReportRow> ComputeRows(StatsView view) =>
        view.Counters.Items
            .Where(i => !CounterUsage.IsShown(i.Key, view.Counters, view.Tier1))
            .Select(i => new ReportRow(Cells.Text(i.Key), Cells.Count(i.Value)))
            .ToList();
}
