using System.Globalization;
using PyStats.Model;
using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Report.Sections;

/// <summary>
/// One row per GC generation, one column per known GC counter the data has (3.13 prints three,
/// later builds add the reachable / not reachable counts).
/// </summary>
internal static class GcStatsSection
{
    private static readonly (string Counter, string Column)[] KnownColumns =
    [
        ("collections", "Collections"),
        ("objects collected", "Objects collected"),
        ("object visits", "Object visits"),
        ("objects reachable from roots", "Reachable from roots"),
        ("objects not reachable from roots", "Not reachable from roots"),
    ];

    public static SectionSpec Create() => new(
        "GC stats",
        "GC collections and effectiveness",
        context => [Table(context)],
        "Collected/visits gives some measure of efficiency.");

    private static TableSpec Table(BuildContext context)
    {
        // Columns come from what the inputs have, so that a comparison keeps one layout.
        var present = KnownColumns
            .Where(c => context.Inputs.Any(i => Generations(i.Counters).Any(g => g.ContainsKey(c.Counter))))
            .ToList();
        var columns = new List<ReportColumn> { Cells.Right("Generation") };
        columns.AddRange(present.Select(c => Cells.Right(c.Column)));
        return new TableSpec("gc", columns, view => Rows(view, present), JoinMode.Simple);
    }

    private static IReadOnlyList<ReportRow> Rows(StatsView view, List<(string Counter, string Column)> present)
    {
        var rows = new List<ReportRow>();
        var generations = Generations(view.Counters);
        for (int i = 0; i < generations.Count; i++)
        {
            var cells = new List<ReportCell> { Cells.Count(i) };
            foreach (var (counter, _) in present)
            {
                cells.Add(generations[i].TryGetValue(counter, out var v) ? Cells.Count(v) : EmptyCell.Instance);
            }

            rows.Add(new ReportRow(cells));
        }

        return rows;
    }

    /// <summary>"GC[1] object visits" → generations[1]["object visits"].</summary>
    private static List<Dictionary<string, Int128>> Generations(CounterSet counters)
    {
        var generations = new List<Dictionary<string, Int128>>();
        foreach (var (key, value) in counters.Items)
        {
            if (!key.StartsWith("GC", StringComparison.Ordinal) || key.Length < 3)
            {
                continue;
            }

            int close = key.IndexOf(']', 3);
            if (close < 0 || !int.TryParse(key.AsSpan(3, close - 3), NumberStyles.None, CultureInfo.InvariantCulture, out int generation) || generation > 64)
            {
                continue;
            }

            while (generations.Count <= generation)
            {
                generations.Add(new Dictionary<string, Int128>(StringComparer.Ordinal));
            }

            generations[generation][key[(close + 1)..].Trim()] = value;
        }

        return generations;
    }
}
