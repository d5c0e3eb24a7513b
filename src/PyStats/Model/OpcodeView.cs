using System.Buffers;

namespace PyStats.Model;

/// <summary>
/// Groups the keys that start with a prefix (<c>opcode</c>, <c>uops</c>, <c>uop</c>, …) into
/// per-name records. A key <c>PREFIX?NAME]REST</c> gives record NAME and field REST stripped of
/// dots. The test is a plain prefix test, as in CPython's script: with prefix <c>uop</c> the keys
/// <c>uops[_X]…</c> match too and land in records named <c>[_X</c>. Reports depend on that.
/// </summary>
/// <remarks>
/// Names and fields repeat across keys and across inputs (every record has <c>execution_count</c>,
/// every input of a suite names the same keys), so each distinct key is split, and each name and
/// field made into a string, once per process (<see cref="OpcodeKeyParts"/>). The view is
/// immutable, and <see cref="PairCounts"/> is computed once.
/// </remarks>
public sealed class OpcodeView
{
    private readonly OpcodeRecord[] _records;
    private readonly Dictionary<string, OpcodeRecord> _byName = new(StringComparer.Ordinal);
    private List<PairCount>? _pairs;

    public OpcodeView(CounterSet counters, string prefix)
    {
        Prefix = prefix;
        var keys = counters.Keys;
        var values = counters.Values;

        // Two passes: the first finds each key's record and field and counts the keys of each
        // record, the second fills records made at their final size (no list grows and is dropped).
        // Keys are split once per process (by key number), not once per input.
        var split = OpcodeKeyParts.For(prefix);
        var ids = counters.KeyIds;
        var keyRecord = ArrayPool<int>.Shared.Rent(keys.Count);
        var keyField = ArrayPool<string>.Shared.Rent(keys.Count);
        var recordOfName = ArrayPool<int>.Shared.Rent(Math.Max(16, split.NameCount));
        try
        {
            recordOfName.AsSpan().Fill(-1);
            var recordNames = new List<string>();
            var sizes = new List<int>();
            bool canonical = true;
            for (int i = 0; i < keys.Count; i++)
            {
                keyRecord[i] = -1;
                if (split.Get(keys[i], ids[i]) is not { } part)
                {
                    continue;
                }

                if (part.Name >= recordOfName.Length)
                {
                    // A name numbered by another thread after this view started: make room.
                    var larger = ArrayPool<int>.Shared.Rent(part.Name * 2);
                    larger.AsSpan().Fill(-1);
                    recordOfName.AsSpan().CopyTo(larger);
                    ArrayPool<int>.Shared.Return(recordOfName);
                    recordOfName = larger;
                }

                ref int record = ref recordOfName[part.Name];
                if (record < 0)
                {
                    record = recordNames.Count;
                    recordNames.Add(part.NameText);
                    sizes.Add(0);
                }

                keyRecord[i] = record;
                keyField[i] = part.Field;
                sizes[record]++;
                canonical &= part.Canonical;
            }

            var records = new OpcodeRecord[recordNames.Count];
            for (int r = 0; r < records.Length; r++)
            {
                records[r] = new OpcodeRecord(recordNames[r], sizes[r]);
                _byName.Add(records[r].Name, records[r]);
            }

            // Distinct canonical keys (the keys of a set are distinct) never give one record the
            // same field twice, so they are appended unchecked; any other key is checked.
            for (int i = 0; i < keys.Count; i++)
            {
                if (keyRecord[i] < 0)
                {
                    continue;
                }

                if (canonical)
                {
                    records[keyRecord[i]].Append(keyField[i], values[i]);
                }
                else
                {
                    records[keyRecord[i]].Set(keyField[i], values[i]);
                }
            }

            foreach (var record in records)
            {
                record.Seal();
            }

            _records = records;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(keyRecord);
            ArrayPool<string>.Shared.Return(keyField, clearArray: true);
            ArrayPool<int>.Shared.Return(recordOfName);
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
        for (int r = 0; r < _records.Length; r++)
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
}
