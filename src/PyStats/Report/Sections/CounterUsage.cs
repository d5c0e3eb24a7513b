using PyStats.Model;

namespace PyStats.Report.Sections;

/// <summary>
/// Knows which counters the sections of the extended report show (CPython's and the tables it
/// adds: free-threading, other Tier 2 counters), so it can list
/// the rest under "Other counters" and a renamed or new counter is never silently lost.
/// </summary>
internal static class CounterUsage
{
    private static readonly string[] ShownPrefixes =
    [
        "Calls ", "Frame", "Object", "Rare event ", "Executors invalidated", "JIT ",
        "Optimization ", "Optimizer ",
        "Trace length[", "Optimized trace length[", "Trace run length[", "Trace total memory size[",
    ];

    private static readonly HashSet<string> GcCounters = new(StringComparer.Ordinal)
    {
        "collections", "objects collected", "object visits", "objects reachable from roots", "objects not reachable from roots",
    };

    private static readonly HashSet<string> KnownOptimizationCounters = new(OptimizationSection.KnownCounters, StringComparer.Ordinal);

    private static readonly HashSet<string> FreeThreadingCounters = new(FreeThreadingSection.KnownCounters, StringComparer.Ordinal);

    /// <summary>Is <paramref name="key"/> shown somewhere in the extended report of <paramref name="counters"/>?</summary>
    public static bool IsShown(string key, CounterSet counters, OpcodeView tier1)
    {
        if (key == CounterNames.FileCount || key.Contains("Calls to", StringComparison.Ordinal))
        {
            return true;
        }

        if (key.StartsWith("opcode[", StringComparison.Ordinal))
        {
            return IsShownOpcodeField(key, tier1);
        }

        if (key.StartsWith("uops[", StringComparison.Ordinal))
        {
            return Field(key) is OpcodeFields.ExecutionCount or OpcodeFields.Miss;
        }

        if (key.StartsWith("uop[", StringComparison.Ordinal))
        {
            return Field(key).StartsWith(OpcodeFields.PairCountPrefix, StringComparison.Ordinal);
        }

        if (key.StartsWith("unsupported_opcode[", StringComparison.Ordinal) || key.StartsWith("error_in_opcode[", StringComparison.Ordinal))
        {
            return Field(key) is OpcodeFields.Count;
        }

        if (key.StartsWith("GC[", StringComparison.Ordinal))
        {
            int close = key.IndexOf(']');
            return close > 0 && GcCounters.Contains(key[(close + 1)..].Trim());
        }

        if (key.StartsWith("Optimization ", StringComparison.Ordinal) || key.StartsWith("Optimizer ", StringComparison.Ordinal) || key.StartsWith("JIT ", StringComparison.Ordinal))
        {
            // The extended Tier 2 section lists the rest, but only for inputs it is shown for.
            return KnownOptimizationCounters.Contains(key) || (OptimizerExtrasTable.Lists(key) && counters.Contains(CounterNames.OptimizationAttempts));
        }

        if (FreeThreadingCounters.Contains(key))
        {
            return true;
        }

        return ShownPrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal));
    }

    private static bool IsShownOpcodeField(string key, OpcodeView tier1)
    {
        // Spans, not substrings: this runs for every opcode key of every input.
        int close = key.IndexOf(']');
        var name = close > 7 ? key.AsSpan(7, close - 7) : [];
        var field = Field(key);
        if (field is OpcodeFields.ExecutionCount or OpcodeFields.Specializable or OpcodeFields.Miss or OpcodeFields.Deferred
            || field.StartsWith(OpcodeFields.PairCountPrefix, StringComparison.Ordinal))
        {
            return true;
        }

        // Specializable families show every other field in their specialization tables.
        return tier1.Find(name)?.IsSpecializable == true;
    }

    private static ReadOnlySpan<char> Field(string key)
    {
        int close = key.IndexOf(']');
        return close < 0 ? [] : key.AsSpan(close + 1).Trim('.');
    }
}
