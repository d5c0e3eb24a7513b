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
        // Straight into arrays of the final size (a file's ~6,000 values are a large-object-heap
        // array: no intermediate lists to copy and drop), one hash lookup per key.
        var list = counters as IReadOnlyList<KeyValuePair<string, Int128>> ?? counters.ToList();
        var keys = new string[list.Count];
        var values = new Int128[list.Count];
        _index = new Dictionary<string, int>(list.Count, StringComparer.Ordinal);
        int count = 0;
        for (int i = 0; i < list.Count; i++)
        {
            var (key, value) = list[i];
            ref int slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_index, key, out bool exists);
            if (exists)
            {
                values[slot] = value; // a repeated key keeps its first position and its last value
                continue;
            }

            slot = count;
            keys[count] = key;
            values[count] = value;
            count++;
        }

        if (count < keys.Length)
        {
            Array.Resize(ref keys, count);
            Array.Resize(ref values, count);
        }

        _keys = keys;
        _values = values;
    }

    public static CounterSet Empty { get; } = new([]);

    public int Count => _keys.Length;

    public IReadOnlyList<string> Keys => _keys;

    public IReadOnlyList<Int128> Values => _values;

    public CounterItems Items => new(_keys, _values);

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
