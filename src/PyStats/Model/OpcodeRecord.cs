namespace PyStats.Model;

/// <summary>
/// The counters of one name inside a prefix view, e.g. all <c>opcode[LOAD_ATTR]…</c> keys, with
/// the part after the name as field (<c>specialization.hit</c>), in first-appearance order.
/// </summary>
public sealed class OpcodeRecord
{
    private readonly List<string> _fields = new();
    private readonly Dictionary<string, Int128> _values = new(StringComparer.Ordinal);

    public OpcodeRecord(string name) => Name = name;

    public string Name { get; }

    public IReadOnlyList<string> Fields => _fields;

    public IEnumerable<KeyValuePair<string, Int128>> Items => _fields.Select(f => new KeyValuePair<string, Int128>(f, _values[f]));

    public bool Has(string field) => _values.ContainsKey(field);

    public Int128 Get(string field) => _values.TryGetValue(field, out var v) ? v : 0;

    public Int128? Find(string field) => _values.TryGetValue(field, out var v) ? v : null;

    public bool IsSpecializable => Has(OpcodeFields.Specializable);

    internal void Set(string field, Int128 value)
    {
        if (!_values.ContainsKey(field))
        {
            _fields.Add(field);
        }

        _values[field] = value;
    }
}
