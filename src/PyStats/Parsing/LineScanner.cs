using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PyStats.Parsing;

/// <summary>
/// Splits UTF-8 text into lines and finds their colons in one pass: every 64-byte block gives two
/// bit masks (where '\n' and where ':' are) from SIMD compares, and lines are then read off the
/// masks with bit tricks instead of a byte-by-byte search per line. Lines end at '\n' (a '\r'
/// before it stays in the line); a last line without '\n' counts when it is not empty.
/// </summary>
/// <remarks>
/// A mutable struct kept in the caller's locals: the parser's loop calls <see cref="MoveNext"/>
/// once per line, so its state must stay in registers.
/// </remarks>
internal ref struct LineScanner
{
    private const int BlockSize = 64;

    private readonly ref byte _data;
    private readonly int _length;
    private int _blockStart;
    private int _lineStart;
    private ulong _newlines;
    private ulong _colons;

    public LineScanner(ReadOnlySpan<byte> data)
    {
        _data = ref MemoryMarshal.GetReference(data);
        _length = data.Length;
        _blockStart = 0;
        _lineStart = 0;
        (_newlines, _colons) = LoadBlock(ref _data, 0, _length);
    }

    /// <summary>
    /// The next line: [<paramref name="start"/>, <paramref name="end"/>), its first colon
    /// (-1 when none) and whether it has more than one colon.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext(out int start, out int end, out int colon, out bool moreColons)
    {
        colon = -1;
        moreColons = false;
        ulong newlines = _newlines;
        ulong colons = _colons;
        while (newlines == 0)
        {
            if (colons != 0)
            {
                Note(colons, _blockStart, ref colon, ref moreColons);
            }

            _blockStart += BlockSize;
            if (_blockStart >= _length)
            {
                _newlines = 0;
                _colons = 0;
                _blockStart = _length;
                start = _lineStart;
                end = _length;
                _lineStart = _length;
                return start < end;
            }

            (newlines, colons) = LoadBlock(ref _data, _blockStart, _length);
        }

        ulong newline = newlines & (0UL - newlines);
        ulong before = colons & (newline - 1);
        if (before != 0)
        {
            Note(before, _blockStart, ref colon, ref moreColons);
            colons &= ~before;
        }

        _newlines = newlines ^ newline;
        _colons = colons;
        start = _lineStart;
        end = _blockStart + BitOperations.TrailingZeroCount(newline);
        _lineStart = end + 1;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Note(ulong colons, int blockStart, ref int colon, ref bool moreColons)
    {
        if (colon < 0)
        {
            colon = blockStart + BitOperations.TrailingZeroCount(colons);
            colons &= colons - 1;
        }

        moreColons |= colons != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Newlines, ulong Colons) LoadBlock(ref byte data, int blockStart, int length) =>
        length - blockStart >= BlockSize
            ? Masks(ref Unsafe.Add(ref data, blockStart))
            : LoadTail(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref data, blockStart), length - blockStart));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ulong Newlines, ulong Colons) LoadTail(ReadOnlySpan<byte> tail)
    {
        Span<byte> block = stackalloc byte[BlockSize];
        block.Clear();
        tail.CopyTo(block);
        return Masks(ref MemoryMarshal.GetReference(block));
    }

    /// <summary>Bit i of the masks is set when byte i of the 64-byte block is '\n' (':').</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (ulong Newlines, ulong Colons) Masks(ref byte block)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            var newline = Vector256.Create((byte)'\n');
            var colon = Vector256.Create((byte)':');
            var a = Vector256.LoadUnsafe(ref block);
            var b = Vector256.LoadUnsafe(ref block, 32);
            return (
                Vector256.Equals(a, newline).ExtractMostSignificantBits() | ((ulong)Vector256.Equals(b, newline).ExtractMostSignificantBits() << 32),
                Vector256.Equals(a, colon).ExtractMostSignificantBits() | ((ulong)Vector256.Equals(b, colon).ExtractMostSignificantBits() << 32));
        }

        if (Vector128.IsHardwareAccelerated)
        {
            var newline = Vector128.Create((byte)'\n');
            var colon = Vector128.Create((byte)':');
            var a = Vector128.LoadUnsafe(ref block);
            var b = Vector128.LoadUnsafe(ref block, 16);
            var c = Vector128.LoadUnsafe(ref block, 32);
            var d = Vector128.LoadUnsafe(ref block, 48);
            ulong newlines = Vector128.Equals(a, newline).ExtractMostSignificantBits()
                | ((ulong)Vector128.Equals(b, newline).ExtractMostSignificantBits() << 16)
                | ((ulong)Vector128.Equals(c, newline).ExtractMostSignificantBits() << 32)
                | ((ulong)Vector128.Equals(d, newline).ExtractMostSignificantBits() << 48);
            ulong colons = Vector128.Equals(a, colon).ExtractMostSignificantBits()
                | ((ulong)Vector128.Equals(b, colon).ExtractMostSignificantBits() << 16)
                | ((ulong)Vector128.Equals(c, colon).ExtractMostSignificantBits() << 32)
                | ((ulong)Vector128.Equals(d, colon).ExtractMostSignificantBits() << 48);
            return (newlines, colons);
        }

        ulong n = 0;
        ulong k = 0;
        for (int i = 0; i < BlockSize; i++)
        {
            byte value = Unsafe.Add(ref block, i);
            n |= (value == (byte)'\n' ? 1UL : 0UL) << i;
            k |= (value == (byte)':' ? 1UL : 0UL) << i;
        }

        return (n, k);
    }
}
