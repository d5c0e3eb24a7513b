using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using PyStats.Model;

namespace PyStats.Report.Building;

/// <summary>One input as the section calculators see it: counters, metadata and cached views.</summary>
/// <remarks>
/// What is derived from the data alone (prefix views, pair indexes, splits) is computed once per
/// <see cref="StatsData"/>, not once per view: a suite looks at each input several times (the
/// headline, the index row, the page), and each view of the same data shares the values, on
/// whatever thread. They live as long as the data, or until <see cref="Forget"/>.
/// </remarks>
public sealed class StatsView
{
    private static readonly ConditionalWeakTable<StatsData, Derived> s_derived = new();

    private readonly Derived _derived;

    public StatsView(StatsData data, ReportDialect dialect)
    {
        Data = data;
        Dialect = dialect;
        _derived = s_derived.GetValue(data, static _ => new Derived());
    }

    public StatsData Data { get; }

    public ReportDialect Dialect { get; }

    public CounterSet Counters => Data.Counters;

    public StatsMetadata Metadata => Data.Metadata;

    public OpcodeView Opcodes(string prefix) =>
        _derived.Views.GetOrAdd(prefix, static (p, counters) => new OpcodeView(counters, p), Data.Counters);

    /// <summary>
    /// A value derived from this input's data alone (never from the dialect or the options, since
    /// every view of the data shares it), computed once, e.g. pair indexes.
    /// </summary>
    public T Cache<T>(string key, Func<T> create)
        where T : class =>
        (T)_derived.Values.GetOrAdd(key, static (_, make) => make(), create);

    /// <summary>The Tier 1 view (<c>opcode[…]</c> keys).</summary>
    public OpcodeView Tier1 => Opcodes("opcode");

    /// <summary>Drops what was derived from <paramref name="data"/> (a suite, once a benchmark is written).</summary>
    public static void Forget(StatsData data) => s_derived.Remove(data);

    private sealed class Derived
    {
        public ConcurrentDictionary<string, OpcodeView> Views { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, object> Values { get; } = new(StringComparer.Ordinal);
    }
}
