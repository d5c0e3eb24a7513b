using System.Collections.Concurrent;

namespace PyStats.Model;

/// <summary>
/// A number for each distinct counter name, one string per name, for the whole process and safe
/// across threads. A <see cref="CounterSet"/> finds its keys through these numbers (an array,
/// not a dictionary of its own): a suite holds hundreds of sets of the same ~6,000 names, and a
/// hash table per set was much of what loading cost in time and memory. The table is bounded;
/// names past the bound get no number, and sets keep those in a dictionary.
/// </summary>
internal static class CounterKeyIds
{
    /// <summary>Enough for the counter names of several CPython versions at once.</summary>
    internal const int MaxCount = 1 << 17;

    public const int None = -1;

    private static readonly ConcurrentDictionary<string, int> s_ids = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_spans = s_ids.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Lock s_adding = new();

    /// <summary>Counted here: ConcurrentDictionary.Count takes every one of its locks.</summary>
    private static int s_count;

    /// <summary>The number of <paramref name="key"/>, if it has one (a lookup, never an addition).</summary>
    public static bool TryGet(string key, out int id) => s_ids.TryGetValue(key, out id);

    /// <summary>The number of <paramref name="key"/>, given one if it has none and there is room; else <see cref="None"/>.</summary>
    public static int GetOrAdd(string key)
    {
        if (s_ids.TryGetValue(key, out int id))
        {
            return id;
        }

        Add(key, out id);
        return id;
    }

    /// <summary>The table's string for <paramref name="name"/> and its number (or a new string and <see cref="None"/> when full).</summary>
    public static string Intern(ReadOnlySpan<char> name, out int id)
    {
        if (s_spans.TryGetValue(name, out string? pooled, out id))
        {
            return pooled;
        }

        return Add(name.ToString(), out id);
    }

    private static string Add(string key, out int id)
    {
        // Additions are rare (the first file of each version) and take a lock, so numbers are
        // dense and each name gets exactly one; lookups never lock.
        lock (s_adding)
        {
            if (s_spans.TryGetValue(key.AsSpan(), out string? pooled, out id))
            {
                return pooled;
            }

            if (s_count >= MaxCount)
            {
                id = None;
                return key;
            }

            id = s_count;
            s_ids[key] = id;
            s_count++;
            return key;
        }
    }
}
