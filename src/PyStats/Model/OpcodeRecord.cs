namespace PyStats.Model;

/// <summary>
/// The counters of one name inside a prefix view, e.g. all <c>opcode[LOAD_ATTR]…</c> keys, with
/// the part after the name as field (<c>specialization.hit</c>), in first-appearance order.
/// </summary>
public sealed class OpcodeRecord
{
    private readonly List<string> _fields = new();
    private readonly List<Int128> _values = new();
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

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

    public bool Has(string field) => _index.ContainsKey(field);

    public Int128 Get(string field) => _index.TryGetValue(field, out int i) ? _values[i] : 0;

    public Int128? Find(string field) => _index.TryGetValue(field, out int i) ? _values[i] : null;

    public bool IsSpecializable => Has(OpcodeFields.Specializable);

    internal int FieldCount => _fields.Count;

    internal string FieldAt(int index) => _fields[index];

    internal Int128 ValueAt(int index) => _values[index];

    internal void Set(string field, Int128 value)
    {
        if (_index.TryGetValue(field, out int i))
        {
            _values[i] = value;
            return;
        }

        _index.Add(field, _fields.Count);
        _fields.Add(field);
        _values.Add(value);
    }
}
