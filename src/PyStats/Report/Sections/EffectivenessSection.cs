using PyStats.Model;
using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Report.Sections;

/// <summary>
/// How Tier 1 executions split into basic, not specialized, specialized hits and misses, and
/// which families defer or miss most.
/// </summary>
internal static class EffectivenessSection
{
    private const string Doc =
        "All entries are execution counts. Should add up to the total number of\n" +
        "Tier 1 instructions executed.";

    public static SectionSpec Create() => new(
        "Specialization effectiveness",
        string.Empty,
        [
            new TableSpec("effectiveness", Cells.CountRatio("Instructions"), SplitRows, JoinMode.Change),
            new SectionSpec(
                "Deferred by instruction",
                "Breakdown of deferred (not specialized) instruction counts by family",
                [new TableSpec("deferred", Cells.CountRatio("Name"), DeferredRows, JoinMode.Change)]),
            new SectionSpec(
                "Misses by instruction",
                "Breakdown of misses (specialized deopts) instruction counts by family",
                [new TableSpec("misses", Cells.CountRatio("Name"), MissRows, JoinMode.Change)]),
        ],
        Doc);

    private static IReadOnlyList<ReportRow> SplitRows(StatsView view)
    {
        var split = EffectivenessSplit.Of(view);
        return
        [
            Row("Basic", "Instructions that are not and cannot be specialized, e.g. `LOAD_FAST`.", split.Basic, split.Total),
            Row("Not specialized", "Instructions that could be specialized but aren't, e.g. `LOAD_ATTR`, `BINARY_SLICE`.", split.NotSpecialized, split.Total),
            Row("Specialized hits", "Specialized instructions, e.g. `LOAD_ATTR_MODULE` that complete.", split.Hits, split.Total),
            Row("Specialized misses", "Specialized instructions, e.g. `LOAD_ATTR_MODULE` that deopt.", split.Misses, split.Total),
        ];
    }

    private static ReportRow Row(string label, string doc, Int128 value, Int128 total) =>
        new(new DocCell(label, doc), Cells.Count(value), Cells.Ratio(value, total));

    private static IReadOnlyList<ReportRow> DeferredRows(StatsView view) =>
        TopTen(view.Tier1.Records.Where(r => r.Name != "RESUME").Select(r => (r.Name, r.Get(OpcodeFields.Deferred))));

    private static IReadOnlyList<ReportRow> MissRows(StatsView view) =>
        TopTen(view.Tier1.Records.Where(r => !r.IsSpecializable).Select(r => (r.Name, r.Get(OpcodeFields.Miss))));

    private static IReadOnlyList<ReportRow> TopTen(IEnumerable<(string Name, Int128 Value)> counts)
    {
        var list = counts.ToList();
        Int128 total = 0;
        foreach (var (_, value) in list)
        {
            total += value;
        }

        if (total == 0)
        {
            return [];
        }

        return Sorting.StableDescending(list, c => c.Value)
            .Take(10)
            .Select(c => new ReportRow(Cells.Text(c.Name), Cells.Count(c.Value), Cells.Ratio(c.Value, total)))
            .ToList();
    }
}
