using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using PyStats.Model;

namespace PyStats.Parsing;

/// <summary>
/// Sums counters keyed by their UTF-8 bytes without making a string per line: an open-addressing
/// table of keys interned once into one byte arena, each with its running 128-bit sum and the
/// position (file, line) where it was first seen. Workers fill one each; <see cref="MergeFrom"/>
/// combines them, and <see cref="ToCounterSet"/> orders keys by first position, which reproduces
/// the sequential first-appearance order whatever the scheduling was.
/// </summary>
/// <remarks>
/// Each entry also remembers which entry followed it the last time it was seen
/// (<see cref="AddNext"/>): files of one run repeat long runs of keys in the same order, so the
/// parser tries that entry first and only a mismatch costs a hash lookup.
/// </remarks>
internal sealed class CounterAccumulator
{
    public const int None = -1;

    private int[] _buckets = new int[8192];
    private Entry[] _entries = new Entry[4096];
    private byte[] _keys = new byte[1 << 17];
    private int _keysUsed;
    private int _count;
    private int _firstOfFile = None;

    public int Count => _count;

    /// <summary>Adds <paramref name="value"/> to <paramref name="key"/>; returns the entry index.</summary>
    public int Add(ReadOnlySpan<byte> key, ulong value, long position)
    {
        int index = FindOrInsert(key, ByteKeyHash.Compute(key), position);
        AddAt(index, value, position);
        return index;
    }

    /// <summary>
    /// Adds <paramref name="value"/> to <paramref name="key"/>, the key of the line after the one
    /// whose entry was <paramref name="previous"/> (<see cref="None"/> at the start of a file), and
    /// returns the key's entry. The entry that followed <paramref name="previous"/> last time is
    /// tried first; only a mismatch costs a hash lookup, and it updates the link.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int AddNext(int previous, ReadOnlySpan<byte> key, ulong value, long position)
    {
        var entries = _entries;
        int index = previous >= 0 ? entries[previous].Next : _firstOfFile;
        if (index < 0 || !KeyEquals(ref entries[index], key))
        {
            index = Relink(previous, key, position);
            entries = _entries;
        }

        ref var entry = ref entries[index];
        ulong low = entry.SumLow + value;
        entry.SumHigh += low < value ? 1UL : 0UL;
        entry.SumLow = low;
        if (position < entry.FirstSeen)
        {
            entry.FirstSeen = position;
        }

        return index;
    }

    /// <summary>Adds to an entry found earlier.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddAt(int index, ulong value, long position)
    {
        ref var entry = ref _entries[index];
        ulong low = entry.SumLow + value;
        entry.SumHigh += low < value ? 1UL : 0UL;
        entry.SumLow = low;
        if (position < entry.FirstSeen)
        {
            entry.FirstSeen = position;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool KeyEquals(ref Entry entry, ReadOnlySpan<byte> key) =>
        entry.KeyLength == key.Length
        && ByteKeyHash.BytesEqual(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_keys), entry.KeyOffset), ref MemoryMarshal.GetReference(key), key.Length);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Relink(int previous, ReadOnlySpan<byte> key, long position)
    {
        int index = FindOrInsert(key, ByteKeyHash.Compute(key), position);
        if (previous >= 0)
        {
            _entries[previous].Next = index;
        }
        else
        {
            _firstOfFile = index;
        }

        return index;
    }

    public ReadOnlySpan<byte> KeyAt(int index) => _keys.AsSpan(_entries[index].KeyOffset, _entries[index].KeyLength);

    public UInt128 SumAt(int index) => new(_entries[index].SumHigh, _entries[index].SumLow);

    public void MergeFrom(CounterAccumulator other)
    {
        for (int i = 0; i < other._count; i++)
        {
            ref var source = ref other._entries[i];
            int index = FindOrInsert(other._keys.AsSpan(source.KeyOffset, source.KeyLength), source.Hash, source.FirstSeen);
            ref var entry = ref _entries[index];
            ulong low = entry.SumLow + source.SumLow;
            entry.SumHigh += source.SumHigh + (low < source.SumLow ? 1UL : 0UL);
            entry.SumLow = low;
            if (source.FirstSeen < entry.FirstSeen)
            {
                entry.FirstSeen = source.FirstSeen;
            }
        }
    }

    /// <param name="source">The directory or file the counters come from, for the error message.</param>
    /// <exception cref="StatsInputException">A key's total is not below <see cref="CounterLimits.MaxTotal"/>.</exception>
    public CounterSet ToCounterSet(string source)
    {
        var order = new int[_count];
        var positions = new long[_count];
        for (int i = 0; i < _count; i++)
        {
            order[i] = i;
            positions[i] = _entries[i].FirstSeen;
        }

        Array.Sort(positions, order);
        var items = new KeyValuePair<string, Int128>[_count];
        for (int i = 0; i < order.Length; i++)
        {
            ref var entry = ref _entries[order[i]];
            string key = Encoding.UTF8.GetString(_keys, entry.KeyOffset, entry.KeyLength);
            var total = new UInt128(entry.SumHigh, entry.SumLow);
            if (total > (UInt128)CounterLimits.MaxTotal)
            {
                throw new StatsInputException(
                    $"{source}: key {MessageText.Quote(key)}: the total over all files, {total}, is too large (a total must stay below {CounterLimits.MaxTotalText})");
            }

            items[i] = new KeyValuePair<string, Int128>(key, (Int128)total);
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

            if (_entries[candidate].Hash == hash && KeyEquals(ref _entries[candidate], key))
            {
                return candidate;
            }

            slot = (slot + 1) & mask;
        }

        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        if (_keys.Length - _keysUsed < key.Length)
        {
            Array.Resize(ref _keys, Math.Max(_keys.Length * 2, _keysUsed + key.Length));
        }

        key.CopyTo(_keys.AsSpan(_keysUsed));
        int index = _count++;
        _entries[index] = new Entry { KeyOffset = _keysUsed, KeyLength = key.Length, Hash = hash, Next = None, FirstSeen = position };
        _keysUsed += key.Length;
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
        public int KeyOffset;
        public int KeyLength;
        public int Hash;
        public int Next;
        public ulong SumLow;
        public ulong SumHigh;
        public long FirstSeen;
    }
}
