using System.Diagnostics.CodeAnalysis;

namespace PyStats.Model;

/// <summary>
/// The merged counters of one data set: every key with its summed value, in the order in which
/// the keys first appeared. That order is part of the output (row order of several tables and
/// member order of the merged JSON), so it is kept exactly.
/// </summary>
public sealed class CounterSet
{
    private readonly string[] _keys;
    private readonly Int128[] _values;
    private readonly Dictionary<string, int> _index;

    public CounterSet(IEnumerable<KeyValuePair<string, Int128>> counters)
    {
        int capacity = counters.TryGetNonEnumeratedCount(out int count) ? count : 0;
        var keys = new List<string>(capacity);
        var values = new List<Int128>(capacity);
        _index = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        foreach (var (key, value) in counters)
        {
            if (_index.TryGetValue(key, out int existing))
            {
                values[existing] = value;
                continue;
            }

            _index[key] = keys.Count;
            keys.Add(key);
            values.Add(value);
        }

        _keys = keys.ToArray();
        _values = values.ToArray();
    }

    public static CounterSet Empty { get; } = new([]);

    public int Count => _keys.Length;

    public IReadOnlyList<string> Keys => _keys;

    public IReadOnlyList<Int128> Values => _values;

    public IEnumerable<KeyValuePair<string, Int128>> Items
    {
        get
        {
            for (int i = 0; i < _keys.Length; i++)
            {
                yield return new KeyValuePair<string, Int128>(_keys[i], _values[i]);
            }
        }
    }

    public bool Contains(string key) => _index.ContainsKey(key);

    public bool TryGet(string key, [MaybeNullWhen(false)] out Int128 value)
    {
        if (_index.TryGetValue(key, out int i))
        {
            value = _values[i];
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>The value of <paramref name="key"/>, or 0 when the data does not have it.</summary>
    public Int128 Get(string key) => _index.TryGetValue(key, out int i) ? _values[i] : 0;

    /// <summary>The value of <paramref name="key"/>, or null when the data does not have it.</summary>
    public Int128? Find(string key) => _index.TryGetValue(key, out int i) ? _values[i] : null;
}
