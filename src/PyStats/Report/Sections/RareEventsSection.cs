using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Report.Sections;

/// <summary><c>Rare event (name)</c> counters in data order.</summary>
internal static class RareEventsSection
{
    public const string Prefix = "Rare event ";

    private static readonly Dictionary<string, string> Docs = new(StringComparer.Ordinal)
    {
        ["set class"] = "Setting an object's class, `obj.__class__ = ...`",
        ["set bases"] = "Setting the bases of a class, `cls.__bases__ = ...`",
        ["set eval frame func"] = "Setting the PEP 523 frame eval function `_PyInterpreterState_SetFrameEvalFunc()`",
        ["builtin dict"] = "Modifying the builtins, `__builtins__.__dict__[var] = ...`",
        ["func modification"] = "Modifying a function, e.g. `func.__defaults__ = ...`, etc.",
        ["watched dict modification"] = "A watched dict has been modified",
        ["watched globals modification"] = "A watched `globals()` dict has been modified",
    };

    public static SectionSpec Create() => new(
        "Rare events",
        "Counts of rare/unlikely events",
        [new TableSpec("rare-events", [Cells.Left("Event"), Cells.Right("Count")], Rows, JoinMode.Change)]);

    /// <summary>"Rare event (set_class)" → "set class": drop the parentheses, underscores become spaces.</summary>
    public static string EventName(string key) =>
        key.Length >= Prefix.Length + 2 ? key[(Prefix.Length + 1)..^1].Replace('_', ' ') : string.Empty;

    private static IReadOnlyList<ReportRow> Rows(StatsView view)
    {
        var rows = new List<ReportRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in view.Counters.Items)
        {
            if (!key.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            string name = EventName(key);
            if (seen.Add(name))
            {
                rows.Add(new ReportRow(Cells.Label(name, Docs.GetValueOrDefault(name)), Cells.Count(value)));
            }
        }

        return rows;
    }
}
