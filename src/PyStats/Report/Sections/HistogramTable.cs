using System.Numerics;
using PyStats.Model;
using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Report.Sections;

/// <summary>
/// A power-of-two histogram printed as <c>KEY[N]</c> counters. Every revision drops trailing zero
/// buckets; older ones keep leading zeros (an all-zero histogram keeps its first bucket), newer
/// ones (<see cref="ReportDialect.TrimsLeadingZeroBuckets"/>) drop them too.
/// </summary>
internal static class HistogramTable
{
    /// <param name="denominatorKey">Counter to divide by; null divides by the sum of the buckets.</param>
    public static IReadOnlyList<ReportRow> Rows(StatsView view, string key, string? denominatorKey)
    {
        var buckets = Buckets(view.Counters, key);
        Int128 denominator = 0;
        if (denominatorKey is not null)
        {
            denominator = view.Counters.Get(denominatorKey);
        }
        else
        {
            foreach (var (_, count) in buckets)
            {
                denominator += count;
            }
        }

        int start = 0;
        int end = buckets.Count - 1;
        if (!view.Dialect.TrimsLeadingZeroBuckets)
        {
            int lastNonZero = 0;
            for (int i = 0; i < buckets.Count; i++)
            {
                if (buckets[i].Count != 0)
                {
                    lastNonZero = i;
                }
            }

            end = Math.Min(lastNonZero, buckets.Count - 1);
        }
        else
        {
            while (start <= end && buckets[start].Count == 0)
            {
                start++;
            }

            while (end >= start && buckets[end].Count == 0)
            {
                end--;
            }
        }

        var rows = new List<ReportRow>();
        for (int i = start; i <= end; i++)
        {
            var (upper, count) = buckets[i];
            rows.Add(new ReportRow(
                new BucketCell(upper),
                Cells.Count(count),
                Cells.Ratio(count, denominator)));
        }

        return rows;
    }

    public static bool Has(CounterSet counters, string key)
    {
        string prefix = key + "[";
        return counters.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal));
    }

    /// <summary>Buckets sorted by upper bound (then count), as <c>(bound, count)</c>.</summary>
    private static List<(BigInteger Upper, Int128 Count)> Buckets(CounterSet counters, string key)
    {
        string prefix = key + "[";
        var buckets = new List<(BigInteger Upper, Int128 Count)>();
        foreach (var (name, value) in counters.Items)
        {
            if (!name.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            int close = name.IndexOf(']', prefix.Length);
            if (close <= prefix.Length)
            {
                continue;
            }

            var digits = name.AsSpan(prefix.Length, close - prefix.Length);
            if (!IsAsciiDigits(digits))
            {
                continue;
            }

            buckets.Add((BigInteger.Parse(digits), value));
        }

        buckets.Sort((a, b) => a.Upper != b.Upper ? a.Upper.CompareTo(b.Upper) : a.Count.CompareTo(b.Count));
        return buckets;
    }

    private static bool IsAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
