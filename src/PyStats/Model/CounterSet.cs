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

    /// <summary>The <see cref="CounterKeyIds"/> number of each key, by position (<see cref="CounterKeyIds.None"/> for a key without).</summary>
    private readonly int[] _ids;

    /// <summary>By <see cref="CounterKeyIds"/> number: the key's position + 1, 0 for a key the set does not have.</summary>
    private readonly int[] _positions;

    /// <summary>Keys that got no number (the table was full), by position; null when there are none.</summary>
    private readonly Dictionary<string, int>? _unnumbered;

    public CounterSet(IEnumerable<KeyValuePair<string, Int128>> counters)
        : this(counters as IReadOnlyList<KeyValuePair<string, Int128>> ?? counters.ToList(), ids: null)
    {
    }

    /// <param name="ids">The <see cref="CounterKeyIds"/> number of each key (a reader that interned them has them), or null to look them up.</param>
    internal CounterSet(IReadOnlyList<KeyValuePair<string, Int128>> list, IReadOnlyList<int>? ids)
    {
        // Straight into arrays of the final size (a file's ~6,000 values are a large-object-heap
        // array: no intermediate lists to copy and drop).
        var keys = new string[list.Count];
        var values = new Int128[list.Count];
        var numbers = new int[list.Count];
        int highest = -1;
        for (int i = 0; i < list.Count; i++)
        {
            numbers[i] = ids is null ? CounterKeyIds.GetOrAdd(list[i].Key) : ids[i];
            highest = Math.Max(highest, numbers[i]);
        }

        var positions = new int[highest + 1];
        Dictionary<string, int>? unnumbered = null;
        int count = 0;
        for (int i = 0; i < list.Count; i++)
        {
            var (key, value) = list[i];
            ref int slot = ref numbers[i] >= 0
                ? ref positions[numbers[i]]
                : ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(unnumbered ??= new(StringComparer.Ordinal), key, out _);
            if (slot != 0)
            {
                values[slot - 1] = value; // a repeated key keeps its first position and its last value
                continue;
            }

            slot = count + 1;
            keys[count] = key;
            values[count] = value;
            numbers[count] = numbers[i]; // count <= i: the numbers of kept keys move down in place
            count++;
        }

        if (count < keys.Length)
        {
            Array.Resize(ref keys, count);
            Array.Resize(ref values, count);
            Array.Resize(ref numbers, count);
        }

        _keys = keys;
        _values = values;
        _ids = numbers;
        _positions = positions;
        _unnumbered = unnumbered;
    }

    public static CounterSet Empty { get; } = new([]);

    public int Count => _keys.Length;

    public IReadOnlyList<string> Keys => _keys;

    public IReadOnlyList<Int128> Values => _values;

    public CounterItems Items => new(_keys, _values);

    /// <summary>The <see cref="CounterKeyIds"/> number of each key, in key order.</summary>
    internal ReadOnlySpan<int> KeyIds => _ids;

    public bool Contains(string key) => IndexOf(key) >= 0;

    public bool TryGet(string key, [MaybeNullWhen(false)] out Int128 value)
    {
        if (IndexOf(key) is var i and >= 0)
        {
            value = _values[i];
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>The value of <paramref name="key"/>, or 0 when the data does not have it.</summary>
    public Int128 Get(string key) => IndexOf(key) is var i and >= 0 ? _values[i] : 0;

    /// <summary>The value of <paramref name="key"/>, or null when the data does not have it.</summary>
    public Int128? Find(string key) => IndexOf(key) is var i and >= 0 ? _values[i] : null;

    private int IndexOf(string key)
    {
        if (CounterKeyIds.TryGet(key, out int id) && (uint)id < (uint)_positions.Length && _positions[id] != 0)
        {
            return _positions[id] - 1;
        }

        // Only a key without a number can be in the dictionary (a numbered key never loses it).
        return _unnumbered is not null && _unnumbered.TryGetValue(key, out int at) ? at - 1 : -1;
    }
}
