using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Report.Sections;

/// <summary>
/// The counters only a free-threaded build (<c>--disable-gil</c>) prints, which no version of
/// CPython's summarizer shows (extended report; left out when no input has them). Names and
/// meanings are CPython's (<c>FTStats</c> in <c>Include/cpython/pystats.h</c>, printed by
/// <c>print_ft_stats</c> as "Label (field): N").
/// </summary>
internal static class FreeThreadingSection
{
    private static readonly (string Counter, string Label, string Doc)[] Counters =
    [
        ("Mutex sleeps (mutex_sleeps)", "Mutex sleeps", "Times a thread blocked (parked) on a contended PyMutex instead of acquiring it by spinning."),
        ("QSBR polls (qsbr_polls)", "QSBR polls", "Times a thread polled the quiescent-state based reclamation (QSBR) state to see whether memory freed by other threads can be reused."),
        ("World stops (world_stops)", "World stops", "Times the interpreter stopped every other thread (stop-the-world), e.g. for a garbage collection."),
        ("World stop total ns (world_stop_total_ns)", "World stop total (ns)", "Time spent with the world stopped, in nanoseconds."),
        ("World stop max ns (world_stop_max_ns)", "World stop max (ns)", "The longest single stop, in nanoseconds. Merging files adds these up, so for merged data it is an upper bound of the sum, not a maximum."),
    ];

    /// <summary>Every counter this section shows.</summary>
    public static IEnumerable<string> KnownCounters => Counters.Select(c => c.Counter);

    public static SectionSpec Create() => new(
        "Free-threading stats",
        "Contention and stop-the-world pauses of the free-threaded build",
        context => context.Options.Extended ? [new TableSpec("free-threading", [Cells.Left("Counter"), Cells.Right("Count")], Rows, JoinMode.Change)] : [],
        "Only a free-threaded build (`--disable-gil`) keeps these counters; CPython's report does not\n" +
        "show them.")
    {
        OmitWhenEmpty = true,
    };

    private static IReadOnlyList<ReportRow> Rows(StatsView view)
    {
        var rows = new List<ReportRow>();
        foreach (var (counter, label, doc) in Counters)
        {
            if (view.Counters.Find(counter) is { } value)
            {
                rows.Add(new ReportRow(new DocCell(label, doc), Cells.Count(value)));
            }
        }

        return rows;
    }
}
