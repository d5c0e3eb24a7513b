using PyStats.Model;

namespace PyStats.Report.Building;

/// <summary>One input as the section calculators see it: counters, metadata and cached views.</summary>
public sealed class StatsView
{
    private readonly Dictionary<string, OpcodeView> _views = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> _cache = new(StringComparer.Ordinal);

    public StatsView(StatsData data, ReportDialect dialect)
    {
        Data = data;
        Dialect = dialect;
    }

    public StatsData Data { get; }

    public ReportDialect Dialect { get; }

    public CounterSet Counters => Data.Counters;

    public StatsMetadata Metadata => Data.Metadata;

    public OpcodeView Opcodes(string prefix)
    {
        if (!_views.TryGetValue(prefix, out var view))
        {
            view = new OpcodeView(Data.Counters, prefix);
            _views[prefix] = view;
        }

        return view;
    }

    /// <summary>A value derived from this input, computed once per report (e.g. pair indexes).</summary>
    public T Cache<T>(string key, Func<T> create)
        where T : class
    {
        if (!_cache.TryGetValue(key, out var value))
        {
            value = create();
            _cache[key] = value;
        }

        return (T)value;
    }

    /// <summary>The Tier 1 view (<c>opcode[…]</c> keys).</summary>
    public OpcodeView Tier1 => Opcodes("opcode");
}
