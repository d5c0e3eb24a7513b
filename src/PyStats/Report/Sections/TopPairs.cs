using PyStats.Model;

namespace PyStats.Report.Sections;

/// <summary>
/// The positions of the largest pair counts, largest first, equal counts in the order given: the
/// first items of a stable descending sort (Python's sorted(reverse=True)), without sorting all.
/// </summary>
/// <remarks>
/// The pair sections want 5 of a few dozen or 100 of a few thousand pairs, for every input of every
/// comparison: a sort (and its copy of the keys) per table was most of their cost.
/// </remarks>
internal static class TopPairs
{
    /// <summary>Of every pair of <paramref name="pairs"/>; fills <paramref name="top"/>, returns how many were kept.</summary>
    public static int Select(IReadOnlyList<PairCount> pairs, Span<int> top)
    {
        int kept = 0;
        for (int i = 0; i < pairs.Count; i++)
        {
            kept = Offer(pairs, top, kept, i);
        }

        return kept;
    }

    /// <summary>Of the pairs at <paramref name="positions"/>, in that order.</summary>
    public static int Select(IReadOnlyList<PairCount> pairs, ReadOnlySpan<int> positions, Span<int> top)
    {
        int kept = 0;
        foreach (int position in positions)
        {
            kept = Offer(pairs, top, kept, position);
        }

        return kept;
    }

    private static int Offer(IReadOnlyList<PairCount> pairs, Span<int> top, int kept, int candidate)
    {
        if (top.Length == 0)
        {
            return 0;
        }

        Int128 value = pairs[candidate].Count;
        if (kept == top.Length && value <= pairs[top[kept - 1]].Count)
        {
            return kept;
        }

        // After every kept pair of an equal or larger count: the earlier pair wins a tie.
        int at = kept;
        while (at > 0 && pairs[top[at - 1]].Count < value)
        {
            at--;
        }

        int last = Math.Min(kept, top.Length - 1);
        top[at..last].CopyTo(top[(at + 1)..]);
        top[at] = candidate;
        return Math.Min(kept + 1, top.Length);
    }
}
