namespace PyStats.Model;

/// <summary>
/// Groups the keys that start with a prefix (<c>opcode</c>, <c>uops</c>, <c>uop</c>, …) into
/// per-name records. A key <c>PREFIX?NAME]REST</c> gives record NAME and field REST stripped of
/// dots. The test is a plain prefix test, as in CPython's script: with prefix <c>uop</c> the keys
/// <c>uops[_X]…</c> match too and land in records named <c>[_X</c>. Reports depend on that.
/// </summary>
/// <remarks>
/// Names and fields repeat across keys (every record has <c>execution_count</c>, every pair names
/// an instruction), so each distinct one is made into a string once. The view is immutable, and
/// <see cref="PairCounts"/> is computed once.
/// </remarks>
public sealed class OpcodeView
{
    private readonly List<OpcodeRecord> _records = new();
    private readonly Dictionary<string, OpcodeRecord> _byName = new(StringComparer.Ordinal);
    private List<PairCount>? _pairs;

    public OpcodeView(CounterSet counters, string prefix)
    {
        Prefix = prefix;
        var records = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        var fields = new StringPool();
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
            var name = close < 0 ? rest : rest[..close];
            string field = close < 0 ? string.Empty : fields.Get(rest[(close + 1)..].Trim('.'));
            if (!records.TryGetValue(name, out var record))
            {
                record = new OpcodeRecord(name.ToString());
                _byName.Add(record.Name, record);
                _records.Add(record);
            }

            record.Set(field, values[i]);
        }
    }

    public string Prefix { get; }

    public IReadOnlyList<OpcodeRecord> Records => _records;

    public OpcodeRecord? this[string name] => _byName.TryGetValue(name, out var r) ? r : null;

    /// <summary>The record named <paramref name="name"/>, looked up without making a string.</summary>
    public OpcodeRecord? Find(ReadOnlySpan<char> name) => _byName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var r) ? r : null;

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
    public IReadOnlyList<PairCount> PairCounts() => _pairs ??= ComputePairCounts();

    private List<PairCount> ComputePairCounts()
    {
        int fields = 0;
        foreach (var record in _records)
        {
            fields += record.FieldCount;
        }

        var result = new List<PairCount>(fields);

        // One entry per distinct second instruction: its string, made once, and where the current
        // record last put it, found with one hash of the field text. Fields are unique within a
        // record, so only a record's own pairs can repeat (two fields that name the same
        // instruction, e.g. "pair_count[X]" and "pair_count[X]y").
        var seconds = new Dictionary<string, SecondSlot>(StringComparer.Ordinal);
        var lookup = seconds.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int r = 0; r < _records.Count; r++)
        {
            var record = _records[r];
            for (int i = 0; i < record.FieldCount; i++)
            {
                string field = record.FieldAt(i);
                Int128 value = record.ValueAt(i);
                if (value == 0 || !field.StartsWith(OpcodeFields.PairCountPrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                ReadOnlySpan<char> rest = field.Length > OpcodeFields.PairCountPrefix.Length
                    ? field.AsSpan(OpcodeFields.PairCountPrefix.Length + 1)
                    : [];
                int close = rest.IndexOf(']');
                var name = close < 0 ? rest : rest[..close];
                if (!lookup.TryGetValue(name, out var slot))
                {
                    slot = new SecondSlot(name.ToString());
                    seconds.Add(slot.Name, slot);
                }

                if (slot.Record == r)
                {
                    result[slot.Position] = new PairCount(record.Name, slot.Name, value);
                }
                else
                {
                    (slot.Record, slot.Position) = (r, result.Count);
                    result.Add(new PairCount(record.Name, slot.Name, value));
                }
            }
        }

        return result;
    }

    /// <summary>A second instruction of pairs: its name and the record and position it last had.</summary>
    private sealed class SecondSlot(string name)
    {
        public string Name { get; } = name;

        public int Record { get; set; } = -1;

        public int Position { get; set; }
    }

    /// <summary>One string per distinct character sequence.</summary>
    private sealed class StringPool
    {
        private readonly HashSet<string> _strings;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public StringPool()
        {
            _strings = new HashSet<string>(StringComparer.Ordinal);
            _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public string Get(ReadOnlySpan<char> text)
        {
            if (!_lookup.TryGetValue(text, out string? existing))
            {
                existing = text.ToString();
                _strings.Add(existing);
            }

            return existing;
        }
    }
}
