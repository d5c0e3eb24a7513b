namespace PyStats.Model;

/// <summary>
/// The range of the numbers pystats accepts, so that no sum in a report can wrap.
/// </summary>
/// <remarks>
/// CPython's counters are unsigned 64-bit integers: a value read from a file (a raw line, a JSON
/// member) is one of them. The total of one key over many files or inputs may go past 2^64 and
/// is kept in 128-bit arithmetic; it must stay below 2^95, so that the report's own sums — over
/// at most 2^31 keys of one data set, and their differences between runs — stay below 2^127.
/// The merged JSON holds counters as CPython writes them, so a total written there must be one
/// again (below 2^64): what pystats writes, it reads back.
/// </remarks>
public static class CounterLimits
{
    /// <summary>The largest value one counter of one file may have (2^64 − 1).</summary>
    public static readonly Int128 MaxValue = ulong.MaxValue;

    /// <summary>The largest total of one key (2^95 − 1).</summary>
    public static readonly Int128 MaxTotal = (Int128.One << 95) - 1;

    public const string MaxTotalText = "2^95";
}
