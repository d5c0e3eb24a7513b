using System.Numerics;
using PyStats.Model;
using PyStats.Numbers;
using PyStats.Report.Building;
using PyStats.Report.Sections;

namespace PyStats.Report.Sanity;

/// <summary>
/// Consistency checks on one input: relations between counters that hold for correct data, so a
/// failure points at a broken collection, a bad merge or a CPython bug.
/// </summary>
public static class SanityChecker
{
    /// <summary>A u64 counter decremented below zero wraps to nearly 2^64; no real count gets near 2^63.</summary>
    private static readonly Int128 WrapLimit = (Int128)1 << 63;

    public static IReadOnlyList<SanityIssue> Check(StatsView view, string label)
    {
        var issues = new List<SanityIssue>();
        void Add(string check, string detail) => issues.Add(new SanityIssue(label, check, detail));
        var c = view.Counters;

        if (c.Find(CounterNames.FileCount) is not { } files || files == 0)
        {
            Add("no data files", $"{CounterNames.FileCount} is {(c.Contains(CounterNames.FileCount) ? "0" : "missing")}, so the counters were not merged from raw files");
        }

        Greater(c, "Optimization traces created", "Optimization attempts", "more traces created than optimization attempts", Add);
        Greater(c, "Optimization optimizer successes", "Optimization optimizer attempts", "more optimizer successes than attempts", Add);
        if (c.Get("Optimization uops executed") > 0 && c.Contains("Optimization traces executed") && c.Get("Optimization traces executed") == 0)
        {
            Add("uops without traces", $"{Counted(c.Get("Optimization uops executed"), "uop")} executed but no trace executed");
        }

        HistogramTotal(c, "Trace length", "Optimization traces created", Add);
        HistogramTotal(c, "Optimized trace length", "Optimization optimizer successes", Add);

        var tier1 = view.Tier1;
        foreach (var record in tier1.Records)
        {
            if (!record.IsSpecializable && record.Find(OpcodeFields.ExecutionCount) is { } count && record.Get(OpcodeFields.Miss) > count)
            {
                Add("effectiveness does not add up", $"{record.Name} has {Counted(record.Get(OpcodeFields.Miss), "miss", "misses")} but only {Counted(count, "execution")}, so specialized hits come out negative");
            }
        }

        foreach (var family in tier1.Records.Where(r => r.IsSpecializable && r.Get(OpcodeFields.Hit) > 0))
        {
            string memberPrefix = family.Name + "_";
            var members = view.Metadata.SpecializedInstructions.Where(n => n.StartsWith(memberPrefix, StringComparison.Ordinal)).ToList();
            if (members.Count > 0 && members.All(n => (tier1[n]?.Get(OpcodeFields.ExecutionCount) ?? 0) == 0))
            {
                Add("hits without executions", $"{family.Name} counts {Counted(family.Get(OpcodeFields.Hit), "specialization hit")} but none of its {Plural.Of(members.Count, "specialized instruction")} executed");
            }
        }

        var keys = c.Keys;
        var values = c.Values;
        for (int i = 0; i < values.Count; i++)
        {
            if (values[i] >= WrapLimit)
            {
                Add("counter went below zero", $"'{keys[i]}' is {Format(values[i])}, which is what a 64-bit counter decremented below zero looks like");
            }
        }

        return issues;
    }

    private static void Greater(CounterSet c, string part, string whole, string check, Action<string, string> add)
    {
        if (c.Find(part) is { } p && c.Find(whole) is { } w && p > w)
        {
            add(check, $"'{part}' is {Format(p)} but '{whole}' is {Format(w)}");
        }
    }

    private static void HistogramTotal(CounterSet c, string histogram, string counter, Action<string, string> add)
    {
        string prefix = histogram + "[";
        if (c.Find(counter) is not { } expected)
        {
            return;
        }

        // One pass over the keys by index (no iterator): this runs for every input.
        var keys = c.Keys;
        var values = c.Values;
        bool any = false;
        Int128 total = 0;
        for (int i = 0; i < keys.Count; i++)
        {
            if (keys[i].StartsWith(prefix, StringComparison.Ordinal))
            {
                any = true;
                total += values[i];
            }
        }

        if (!any)
        {
            return;
        }

        if (total != expected)
        {
            add("histogram does not match its counter", $"the '{histogram}' buckets sum to {Format(total)} but '{counter}' is {Format(expected)}");
        }
    }

    private static string Format(Int128 value) => PythonFormat.Grouped(value);

    /// <summary>"1 miss", "1,024 misses": grouped like the report's numbers.</summary>
    private static string Counted(Int128 value, string singular, string? plural = null) => $"{Format(value)} {Plural.Noun(value, singular, plural)}";
}
