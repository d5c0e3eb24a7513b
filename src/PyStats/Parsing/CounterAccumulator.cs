using System.Text;
using PyStats.Model;

namespace PyStats.Parsing;

/// <summary>
/// Sums counters keyed by their UTF-8 bytes without making a string per line: an open-addressing
/// table of interned keys, each with its running sum and the position (file, line) where it was
/// first seen. Workers fill one each; <see cref="MergeFrom"/> combines them, and
/// <see cref="ToCounterSet"/> orders keys by first position, which reproduces the sequential
/// first-appearance order whatever the scheduling was.
/// </summary>
internal sealed class CounterAccumulator
{
    private int[] _buckets = new int[4096];
    private Entry[] _entries = new Entry[2048];
    private int _count;

    public int Count => _count;

    /// <summary>Adds <paramref name="value"/> to <paramref name="key"/>; returns the entry index.</summary>
    public int Add(ReadOnlySpan<byte> key, ulong value, long position)
    {
        int index = FindOrInsert(key, ByteKeyHash.Compute(key), position);
        ref var entry = ref _entries[index];
        entry.Sum += value;
        if (position < entry.FirstSeen)
        {
            entry.FirstSeen = position;
        }

        return index;
    }

    /// <summary>Adds to an entry found earlier (the caller checked that the key is the same).</summary>
    public void AddAt(int index, ulong value, long position)
    {
        ref var entry = ref _entries[index];
        entry.Sum += value;
        if (position < entry.FirstSeen)
        {
            entry.FirstSeen = position;
        }
    }

    public ReadOnlySpan<byte> KeyAt(int index) => _entries[index].Key;

    public void MergeFrom(CounterAccumulator other)
    {
        for (int i = 0; i < other._count; i++)
        {
            ref var source = ref other._entries[i];
            int index = FindOrInsert(source.Key, source.Hash, source.FirstSeen);
            ref var entry = ref _entries[index];
            entry.Sum += source.Sum;
            if (source.FirstSeen < entry.FirstSeen)
            {
                entry.FirstSeen = source.FirstSeen;
            }
        }
    }

    public CounterSet ToCounterSet()
    {
        var order = new int[_count];
        var positions = new long[_count];
        for (int i = 0; i < _count; i++)
        {
            order[i] = i;
            positions[i] = _entries[i].FirstSeen;
        }

        Array.Sort(positions, order);
        var items = new List<KeyValuePair<string, Int128>>(_count);
        foreach (int i in order)
        {
            items.Add(new KeyValuePair<string, Int128>(Encoding.UTF8.GetString(_entries[i].Key), _entries[i].Sum));
        }

        return new CounterSet(items);
    }

    private int FindOrInsert(ReadOnlySpan<byte> key, int hash, long position)
    {
        int mask = _buckets.Length - 1;
        int slot = hash & mask;
        while (true)
        {
            int candidate = _buckets[slot] - 1;
            if (candidate < 0)
            {
                break;
            }

            ref var entry = ref _entries[candidate];
            if (entry.Hash == hash && key.SequenceEqual(entry.Key))
            {
                return candidate;
            }

            slot = (slot + 1) & mask;
        }

        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        int index = _count++;
        _entries[index] = new Entry { Key = key.ToArray(), Hash = hash, Sum = 0, FirstSeen = position };
        _buckets[slot] = index + 1;
        if (_count * 2 > _buckets.Length)
        {
            Rehash();
        }

        return index;
    }

    private void Rehash()
    {
        _buckets = new int[_buckets.Length * 2];
        int mask = _buckets.Length - 1;
        for (int i = 0; i < _count; i++)
        {
            int slot = _entries[i].Hash & mask;
            while (_buckets[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _buckets[slot] = i + 1;
        }
    }

    private struct Entry
    {
        public byte[] Key;
        public int Hash;
        public Int128 Sum;
        public long FirstSeen;
    }
}
