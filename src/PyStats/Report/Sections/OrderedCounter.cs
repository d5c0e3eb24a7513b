namespace PyStats.Report.Sections;

/// <summary>Name → count with first-insertion order kept and assignment semantics.</summary>
internal sealed class OrderedCounter
{
    private readonly List<string> _order = new();
    private readonly Dictionary<string, Int128> _values = new(StringComparer.Ordinal);

    public static OrderedCounter Empty { get; } = new();

    public Int128 Total { get; private set; }

    public IEnumerable<KeyValuePair<string, Int128>> Items => _order.Select(k => new KeyValuePair<string, Int128>(k, _values[k]));

    public void Set(string key, Int128 value)
    {
        if (_values.TryGetValue(key, out var old))
        {
            Total -= old;
        }
        else
        {
            _order.Add(key);
        }

        _values[key] = value;
        Total += value;
    }
}
