using PyStats.Model;
using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Report.Sections;

/// <summary>
/// Calls and frames: <c>Calls …</c> keys in sorted order (<c>Calls via PyEval_EvalFrame[N]</c>
/// named by the EVAL_CALL defines), then <c>Frame…</c> keys, as shares of all "Calls to" calls.
/// </summary>
internal static class CallStatsSection
{
    private const string Doc =
        "This shows what fraction of calls to Python functions are inlined (i.e.\n" +
        "not having a call at the C level) and for those that are not, where the\n" +
        "call comes from.  The various categories overlap.\n" +
        "\n" +
        "Also includes the count of frame objects created.";

    public static SectionSpec Create() => new(
        "Call stats",
        "Inlined calls and frame stats",
        [new TableSpec("calls", Cells.CountRatio(string.Empty), Rows, JoinMode.Change)],
        Doc);

    private static IReadOnlyList<ReportRow> Rows(StatsView view)
    {
        // Only these keys are shown; sorting just them rather than every counter keeps this cheap.
        var sorted = view.Counters.Items
            .Where(i => i.Key.StartsWith("Calls ", StringComparison.Ordinal) || i.Key.StartsWith("Frame", StringComparison.Ordinal) || i.Key.Contains("Calls to", StringComparison.Ordinal))
            .OrderBy(i => i.Key, StringComparer.Ordinal)
            .ToList();
        var entries = new List<(string Label, Int128 Value)>();
        foreach (var (key, value) in sorted)
        {
            if (key.Contains("Calls to", StringComparison.Ordinal))
            {
                entries.Add((key, value));
            }
            else if (key.StartsWith("Calls ", StringComparison.Ordinal))
            {
                entries.Add((CallLabel(key, view.Metadata.StatsDefines), value));
            }
        }

        foreach (var (key, value) in sorted)
        {
            if (key.StartsWith("Frame", StringComparison.Ordinal))
            {
                entries.Add((key, value));
            }
        }

        Int128 total = 0;
        foreach (var (label, value) in entries)
        {
            if (label.Contains("Calls to", StringComparison.Ordinal))
            {
                total += value;
            }
        }

        // Labels can collide (two keys naming the same define); like a dict, keep the last value.
        var rows = new OrderedCounter();
        foreach (var (label, value) in entries)
        {
            rows.Set(label, value);
        }

        return rows.Items.Select(e => new ReportRow(Cells.Text(e.Key), Cells.Count(e.Value), Cells.Ratio(e.Value, total))).ToList();
    }

    /// <summary>"Calls via PyEval_EvalFrame[1]" → "Calls via PyEval_EvalFrame (vector)".</summary>
    private static string CallLabel(string key, DefineTable defines)
    {
        int open = key.IndexOf('[');
        if (open < 0 || !key.EndsWith(']') || key.IndexOf('[', open + 1) >= 0
            || !long.TryParse(key.AsSpan(open + 1, key.Length - open - 2), out long index)
            || defines.Names(index) is not { Count: > 0 } names)
        {
            return key;
        }

        return $"{key[..open]} ({FailureKindNames.Pretty(names[0])})";
    }
}
