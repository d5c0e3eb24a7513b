using PyStats.Model;
using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Report.Sections;

/// <summary>
/// Tier 2 counters (<c>Optimization …</c>, <c>Optimizer …</c>, <c>JIT …</c>) that CPython's
/// summarizer does not print, in data order: the extended part of the Tier 2 section. Known ones
/// get a label, a doc and a ratio; any other such counter a newer CPython adds is listed by its
/// key rather than falling to "Other counters".
/// </summary>
internal static class OptimizerExtrasTable
{
    private static readonly string[] Prefixes = ["Optimization ", "Optimizer ", "JIT "];

    /// <summary>Counters CPython prints (<c>print_optimization_stats</c>) that no summarizer revision shows.</summary>
    private static readonly Dictionary<string, (string Label, string Doc, string? Denominator)> Known = new(StringComparer.Ordinal)
    {
        ["JIT GOT size"] = ("GOT size", "The size of the memory allocated for the global offset tables of the JIT traces", CounterNames.JitTotalMemory),
    };

    private static readonly HashSet<string> ShownByCPython = new(OptimizationSection.KnownCounters, StringComparer.Ordinal);

    /// <summary>Is <paramref name="key"/> a Tier 2 counter this table lists?</summary>
    public static bool Lists(string key) => HasPrefix(key) && !ShownByCPython.Contains(key);

    /// <summary>A loop, not LINQ: this runs for every counter of every input (no closure per key).</summary>
    private static bool HasPrefix(string key)
    {
        foreach (string prefix in Prefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Empty (and so left out) unless the report is extended.</summary>
    public static SectionSpec Create() => new(
        "Other Tier 2 counters",
        "Tier 2 counters the CPython report does not show",
        context => context.Options.Extended ? [new TableSpec("optimizer-extras", Cells.CountRatio(string.Empty), Rows, JoinMode.Change)] : [])
    {
        OmitWhenEmpty = true,
    };

    private static IReadOnlyList<ReportRow> Rows(StatsView view)
    {
        var rows = new List<ReportRow>();
        foreach (var (key, value) in view.Counters.Items)
        {
            if (!Lists(key))
            {
                continue;
            }

            if (Known.TryGetValue(key, out var known))
            {
                ReportCell ratio = known.Denominator is null ? EmptyCell.Instance : Cells.Ratio(value, view.Counters.Find(known.Denominator));
                rows.Add(new ReportRow(new DocCell(known.Label, known.Doc), Cells.Count(value), ratio));
            }
            else
            {
                rows.Add(new ReportRow(Cells.Text(key), Cells.Count(value), EmptyCell.Instance));
            }
        }

        return rows;
    }
}
