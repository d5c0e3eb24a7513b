using System.Collections.Concurrent;
using System.Text.Json;

namespace PyStats.Parsing;

/// <summary>
/// One string per distinct counter name, shared by every JSON file read in the process and safe
/// across threads: a suite reads hundreds of files naming the same ~6,000 counters, and a string
/// per name per file was most of what loading allocated (and all of it stayed alive with the data).
/// The pool is bounded, so input with endless distinct names only stops being pooled.
/// </summary>
internal static class CounterKeyPool
{
    /// <summary>Names longer than this (in UTF-8 bytes) are not pooled; counter names are 10–80.</summary>
    private const int MaxPooledLength = 256;

    /// <summary>Enough for every counter name of several CPython versions at once.</summary>
    private const int MaxCount = 1 << 17;

    /// <summary>
    /// The pool's size, counted here: ConcurrentDictionary.Count takes every one of its locks (up
    /// to a thousand on a large table), which made a single report 40% slower when asked per name.
    /// </summary>
    private static int s_count;

    private static readonly ConcurrentDictionary<string, string> s_names = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The current property name or string value of <paramref name="reader"/>, pooled (escapes decoded as by GetString).</summary>
    public static string Get(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueSpan.Length > MaxPooledLength)
        {
            return reader.GetString()!;
        }

        // A UTF-8 or escaped name never has more UTF-16 chars than it has bytes.
        Span<char> chars = stackalloc char[MaxPooledLength];
        int length = reader.CopyString(chars);
        var name = chars[..length];
        if (s_lookup.TryGetValue(name, out string? pooled))
        {
            return pooled;
        }

        string made = name.ToString();
        if (Volatile.Read(ref s_count) >= MaxCount)
        {
            return made;
        }

        if (s_names.TryAdd(made, made))
        {
            Interlocked.Increment(ref s_count);
            return made;
        }

        return s_names.TryGetValue(made, out string? raced) ? raced : made;
    }
}
