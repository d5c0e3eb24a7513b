namespace PyStats.Model;

/// <summary>
/// The counters of one name inside a prefix view, e.g. all <c>opcode[LOAD_ATTR]…</c> keys, with
/// the part after the name as field (<c>specialization.hit</c>), in first-appearance order.
/// </summary>
public sealed class OpcodeRecord
{
    private readonly List<string> _fields = new();
    private readonly List<Int128> _values = new();
    /// <summary>Made only for records of many fields; small ones (most) are scanned, which saves a dictionary each.</summary>
    private Dictionary<string, int>? _index;

    private const int ScannedFields = 24;

    public OpcodeRecord(string name) => Name = name;

    public string Name { get; }

    public IReadOnlyList<string> Fields => _fields;

    /// <summary>Field and value pairs in first-appearance order.</summary>
    public IEnumerable<KeyValuePair<string, Int128>> Items
    {
        get
        {
            for (int i = 0; i < _fields.Count; i++)
            {
                yield return new KeyValuePair<string, Int128>(_fields[i], _values[i]);
            }
        }
    }

    public bool Has(string field) => IndexOf(field) >= 0;

    public Int128 Get(string field) => IndexOf(field) is var i and >= 0 ? _values[i] : 0;

    public Int128? Find(string field) => IndexOf(field) is var i and >= 0 ? _values[i] : null;

    public bool IsSpecializable => Has(OpcodeFields.Specializable);

    internal int FieldCount => _fields.Count;

    internal string FieldAt(int index) => _fields[index];

    internal Int128 ValueAt(int index) => _values[index];

    internal void Set(string field, Int128 value)
    {
        if (IndexOf(field) is var i and >= 0)
        {
            _values[i] = value;
            return;
        }

        _index?.Add(field, _fields.Count);
        _fields.Add(field);
        _values.Add(value);
        if (_index is null && _fields.Count > ScannedFields)
        {
            _index = new Dictionary<string, int>(_fields.Count * 2, StringComparer.Ordinal);
            for (int f = 0; f < _fields.Count; f++)
            {
                _index.Add(_fields[f], f);
            }
        }
    }

    /// <summary>The position of <paramref name="field"/>, or -1. The record is filled on one thread, then only read.</summary>
    private int IndexOf(string field)
    {
        if (_index is { } index)
        {
            return index.TryGetValue(field, out int at) ? at : -1;
        }

        for (int i = 0; i < _fields.Count; i++)
        {
            if (string.Equals(_fields[i], field, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
