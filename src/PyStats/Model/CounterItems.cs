using System.Collections;

namespace PyStats.Model;

/// <summary>
/// The (key, value) pairs of a <see cref="CounterSet"/> in order, as a struct with a struct
/// enumerator: sections scan every counter of every input several times, and a <c>foreach</c>
/// over this allocates nothing and makes no interface call per item. LINQ still works on it.
/// </summary>
public readonly struct CounterItems : IEnumerable<KeyValuePair<string, Int128>>
{
    private readonly string[] _keys;
    private readonly Int128[] _values;

    internal CounterItems(string[] keys, Int128[] values)
    {
        _keys = keys;
        _values = values;
    }

    public Enumerator GetEnumerator() => new(_keys, _values);

    IEnumerator<KeyValuePair<string, Int128>> IEnumerable<KeyValuePair<string, Int128>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<KeyValuePair<string, Int128>>
    {
        private readonly string[] _keys;
        private readonly Int128[] _values;
        private int _index;

        internal Enumerator(string[] keys, Int128[] values)
        {
            _keys = keys;
            _values = values;
            _index = -1;
        }

        public readonly KeyValuePair<string, Int128> Current => new(_keys[_index], _values[_index]);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < _keys.Length;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
