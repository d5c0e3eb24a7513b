namespace PyStats.Model;

/// <summary>
/// The counters of one name inside a prefix view, e.g. all <c>opcode[LOAD_ATTR]…</c> keys, with
/// the part after the name as field (<c>specialization.hit</c>), in first-appearance order.
/// </summary>
public sealed class OpcodeRecord
{
    // Arrays sized by the view, which counts each record's keys before filling it: records grow
    // to hundreds of fields (one per pair), and growing lists made most of a view's garbage.
    private string[] _fields;
    private Int128[] _values;
    private int _count;

    /// <summary>Made only for records of many fields; small ones (most) are scanned, which saves a dictionary each.</summary>
    private Dictionary<string, int>? _index;

    private const int ScannedFields = 24;

    /// <param name="capacity">The number of fields the record will get (it grows past it if need be).</param>
    internal OpcodeRecord(string name, int capacity)
    {
        Name = name;
        _fields = new string[Math.Max(1, capacity)];
        _values = new Int128[_fields.Length];
    }

    public string Name { get; }

    public IReadOnlyList<string> Fields => new ArraySegment<string>(_fields, 0, _count);

    /// <summary>Field and value pairs in first-appearance order.</summary>
    public IEnumerable<KeyValuePair<string, Int128>> Items
    {
        get
        {
            for (int i = 0; i < _count; i++)
            {
                yield return new KeyValuePair<string, Int128>(_fields[i], _values[i]);
            }
        }
    }

    public bool Has(string field) => IndexOf(field) >= 0;

    public Int128 Get(string field) => IndexOf(field) is var i and >= 0 ? _values[i] : 0;

    public Int128? Find(string field) => IndexOf(field) is var i and >= 0 ? _values[i] : null;

    public bool IsSpecializable => Has(OpcodeFields.Specializable);

    internal int FieldCount => _count;

    internal string FieldAt(int index) => _fields[index];

    internal Int128 ValueAt(int index) => _values[index];

    /// <summary>Adds a field the record is known not to have (the view checked); <see cref="Seal"/> follows.</summary>
    internal void Append(string field, Int128 value)
    {
        if (_count == _fields.Length)
        {
            Array.Resize(ref _fields, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }

        _fields[_count] = field;
        _values[_count] = value;
        _count++;
    }

    /// <summary>Once filled: a record of many fields gets its index (made once, at its final size).</summary>
    internal void Seal()
    {
        if (_index is null && _count > ScannedFields)
        {
            _index = new Dictionary<string, int>(_count, StringComparer.Ordinal);
            for (int f = 0; f < _count; f++)
            {
                _index.TryAdd(_fields[f], f); // the first position wins, as in a scan
            }
        }
    }

    /// <summary>Sets a field, a new one or one the record has (then it keeps its position).</summary>
    internal void Set(string field, Int128 value)
    {
        if (IndexOf(field) is var i and >= 0)
        {
            _values[i] = value;
            return;
        }

        Append(field, value);
        _index?.Add(field, _count - 1);
        Seal(); // a record that just grew past the scanned size gets its index
    }

    /// <summary>The position of <paramref name="field"/>, or -1. The record is filled on one thread, then only read.</summary>
    private int IndexOf(string field)
    {
        if (_index is { } index)
        {
            return index.TryGetValue(field, out int at) ? at : -1;
        }

        for (int i = 0; i < _count; i++)
        {
            if (string.Equals(_fields[i], field, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
