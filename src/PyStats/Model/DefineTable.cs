namespace PyStats.Model;

/// <summary>
/// An index → names table read from C <c>#define</c>s (several names can share one value), in the
/// order the defines were found. Used for <c>_defines</c> (failure kinds) and <c>_stats_defines</c>.
/// </summary>
public sealed class DefineTable
{
    private readonly Dictionary<long, IReadOnlyList<string>> _byIndex = new();
    private readonly List<long> _order = new();

    public DefineTable(IEnumerable<KeyValuePair<long, IReadOnlyList<string>>> entries)
    {
        foreach (var (index, names) in entries)
        {
            if (!_byIndex.ContainsKey(index))
            {
                _order.Add(index);
            }

            _byIndex[index] = names;
        }
    }

    public static DefineTable Empty { get; } = new([]);

    public int Count => _order.Count;

    public IEnumerable<KeyValuePair<long, IReadOnlyList<string>>> Entries =>
        _order.Select(i => new KeyValuePair<long, IReadOnlyList<string>>(i, _byIndex[i]));

    public IReadOnlyList<string>? Names(long index) => _byIndex.TryGetValue(index, out var names) ? names : null;
}
