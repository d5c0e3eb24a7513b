namespace PyStats.Model;

/// <summary>
/// Groups the keys that start with a prefix (<c>opcode</c>, <c>uops</c>, <c>uop</c>, …) into
/// per-name records. A key <c>PREFIX?NAME]REST</c> gives record NAME and field REST stripped of
/// dots. The test is a plain prefix test, as in CPython's script: with prefix <c>uop</c> the keys
/// <c>uops[_X]…</c> match too and land in records named <c>[_X</c>. Reports depend on that.
/// </summary>
public sealed class OpcodeView
{
    private readonly List<OpcodeRecord> _records = new();
    private readonly Dictionary<string, OpcodeRecord> _byName = new(StringComparer.Ordinal);

    public OpcodeView(CounterSet counters, string prefix)
    {
        Prefix = prefix;
        var keys = counters.Keys;
        var values = counters.Values;
        for (int i = 0; i < keys.Count; i++)
        {
            string key = keys[i];
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            ReadOnlySpan<char> rest = key.Length > prefix.Length ? key.AsSpan(prefix.Length + 1) : [];
            int close = rest.IndexOf(']');
            string name = close < 0 ? rest.ToString() : rest[..close].ToString();
            string field = close < 0 ? string.Empty : rest[(close + 1)..].Trim('.').ToString();
            if (!_byName.TryGetValue(name, out var record))
            {
                record = new OpcodeRecord(name);
                _byName[name] = record;
                _records.Add(record);
            }

            record.Set(field, values[i]);
        }
    }

    public string Prefix { get; }

    public IReadOnlyList<OpcodeRecord> Records => _records;

    public OpcodeRecord? this[string name] => _byName.TryGetValue(name, out var r) ? r : null;

    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <summary>Sum of <c>execution_count</c> over all records.</summary>
    public Int128 TotalExecutionCount()
    {
        Int128 total = 0;
        foreach (var r in _records)
        {
            total += r.Get(OpcodeFields.ExecutionCount);
        }

        return total;
    }

    /// <summary>
    /// Non-zero <c>pair_count[OTHER]</c> fields as (first, second) → count, in record then field
    /// order. A repeated pair keeps its first position and its last value.
    /// </summary>
    public IReadOnlyList<PairCount> PairCounts()
    {
        var result = new List<PairCount>();
        var positions = new Dictionary<(string, string), int>();
        foreach (var record in _records)
        {
            foreach (var (field, value) in record.Items)
            {
                if (value == 0 || !field.StartsWith(OpcodeFields.PairCountPrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                ReadOnlySpan<char> rest = field.Length > OpcodeFields.PairCountPrefix.Length
                    ? field.AsSpan(OpcodeFields.PairCountPrefix.Length + 1)
                    : [];
                int close = rest.IndexOf(']');
                string second = (close < 0 ? rest : rest[..close]).ToString();
                var key = (record.Name, second);
                if (positions.TryGetValue(key, out int at))
                {
                    result[at] = new PairCount(record.Name, second, value);
                }
                else
                {
                    positions[key] = result.Count;
                    result.Add(new PairCount(record.Name, second, value));
                }
            }
        }

        return result;
    }
}
