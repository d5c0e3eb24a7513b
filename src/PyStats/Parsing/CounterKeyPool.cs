using System.Text.Json;
using PyStats.Model;

namespace PyStats.Parsing;

/// <summary>
/// One string per distinct counter name, shared by every JSON file read in the process and safe
/// across threads: a suite reads hundreds of files naming the same ~6,000 counters, and a string
/// per name per file was most of what loading allocated (and all of it stayed alive with the data).
/// The names are those of <see cref="CounterKeyIds"/>, so each comes with its number.
/// </summary>
internal static class CounterKeyPool
{
    /// <summary>Names longer than this (in UTF-8 bytes) are not pooled; counter names are 10–80.</summary>
    private const int MaxPooledLength = 256;

    /// <summary>The current property name or string value of <paramref name="reader"/>, pooled (escapes decoded as by GetString).</summary>
    public static string Get(ref Utf8JsonReader reader) => Get(ref reader, out _);

    /// <summary>As <see cref="Get(ref Utf8JsonReader)"/>, with the name's <see cref="CounterKeyIds"/> number (or <see cref="CounterKeyIds.None"/>).</summary>
    public static string Get(ref Utf8JsonReader reader, out int id)
    {
        if (reader.HasValueSequence || reader.ValueSpan.Length > MaxPooledLength)
        {
            string name = reader.GetString()!;
            id = CounterKeyIds.GetOrAdd(name);
            return name;
        }

        // A UTF-8 or escaped name never has more UTF-16 chars than it has bytes.
        Span<char> chars = stackalloc char[MaxPooledLength];
        int length = reader.CopyString(chars);
        return CounterKeyIds.Intern(chars[..length], out id);
    }
}
