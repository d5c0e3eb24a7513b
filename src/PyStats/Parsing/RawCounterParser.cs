using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyStats.Parsing;

/// <summary>
/// Parses raw counter files (<c>KEY : VALUE</c> lines) straight from UTF-8 bytes into a
/// <see cref="CounterAccumulator"/>, without a string per line. Lines and colons are found by
/// <see cref="LineScanner"/>; keys and values are trimmed and parsed in place. Files of one run
/// mostly repeat the same keys in the same order, so the entry that followed the previous line's
/// entry last time is tried first, and only a mismatch costs a hash lookup.
/// </summary>
/// <remarks>
/// A file may be fed in pieces (<see cref="ParseLines"/> more than once between
/// <see cref="BeginFile"/> and <see cref="EndFile"/>) as long as each piece ends at a line end,
/// except the last one of the file. Lines are numbered across pieces.
/// </remarks>
internal sealed class RawCounterParser
{
    /// <summary>Line position of the pseudo-key <c>__nfiles__</c>: after every line of its file.</summary>
    public const long EndOfFile = 0xFFFF_FFFFL;

    // Bits 9-13 (\t \n \v \f \r), 28-31 (file/group/record/unit separators) and 32 (space): the
    // ASCII characters Python's str.strip() removes.
    private const ulong SpaceBits = 0x1_F000_3E00UL;

    private readonly CounterAccumulator _counters;
    private readonly List<(long Position, LoadWarning Warning)> _warnings;
    private readonly Func<int, string> _pathOf;
    private int _fileIndex;
    private long _lineIndex;
    private int _previous = CounterAccumulator.None;

    /// <param name="pathOf">The path of file N, for warnings and errors (called only then).</param>
    public RawCounterParser(CounterAccumulator counters, List<(long Position, LoadWarning Warning)> warnings, Func<int, string> pathOf)
    {
        _counters = counters;
        _warnings = warnings;
        _pathOf = pathOf;
    }

    /// <summary>Lines of the current file parsed so far.</summary>
    public long LineIndex => _lineIndex;

    public static long Position(int fileIndex, long line) => ((long)fileIndex << 32) | line;

    /// <summary>Parses one whole file.</summary>
    /// <exception cref="StatsInputException">A value is not an unsigned 64-bit integer.</exception>
    public void Parse(ReadOnlySpan<byte> data, int fileIndex)
    {
        BeginFile(fileIndex);
        ParseLines(data);
        EndFile();
    }

    public void BeginFile(int fileIndex)
    {
        _fileIndex = fileIndex;
        _lineIndex = 0;
        _previous = CounterAccumulator.None;
    }

    public void EndFile() => _previous = CounterAccumulator.None;

    /// <exception cref="StatsInputException">A value is not an unsigned 64-bit integer.</exception>
    public void ParseLines(ReadOnlySpan<byte> data)
    {
        ref byte bytes = ref MemoryMarshal.GetReference(data);
        var scanner = new LineScanner(data);
        while (scanner.MoveNext(out int start, out int end, out int colon, out bool moreColons))
        {
            if (colon < 0 || moreColons)
            {
                Warn(data[start..end]);
                _lineIndex++;
                continue;
            }

            // Key: the trimmed text before the colon.
            int keyStart = start;
            while (keyStart < colon && IsSpace(Unsafe.Add(ref bytes, keyStart)))
            {
                keyStart++;
            }

            int keyEnd = colon;
            while (keyEnd > keyStart && IsSpace(Unsafe.Add(ref bytes, keyEnd - 1)))
            {
                keyEnd--;
            }

            // Value: 1 to 19 digits between blanks; anything else takes the checked path.
            int at = colon + 1;
            while (at < end && IsSpace(Unsafe.Add(ref bytes, at)))
            {
                at++;
            }

            int digitsStart = at;
            ulong value = 0;
            while (at < end)
            {
                uint digit = (uint)(Unsafe.Add(ref bytes, at) - '0');
                if (digit > 9)
                {
                    break;
                }

                value = (value * 10) + digit;
                at++;
            }

            int digits = at - digitsStart;
            while (at < end && IsSpace(Unsafe.Add(ref bytes, at)))
            {
                at++;
            }

            var key = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref bytes, keyStart), keyEnd - keyStart);
            if (at != end || digits is 0 or > 19)
            {
                value = ParseValueSlowly(key, data[(colon + 1)..end]);
            }

            long position = Position(_fileIndex, _lineIndex);
            if (key.Length >= 5 && key[0] == (byte)'u' && key.StartsWith("uops["u8) && (key.Length == 5 || key[5] != (byte)'_'))
            {
                AddOldUop(key, value, position);
            }
            else
            {
                _previous = _counters.AddNext(_previous, key, value, position);
            }

            _lineIndex++;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ulong ParseValueSlowly(ReadOnlySpan<byte> key, ReadOnlySpan<byte> valueText)
    {
        if (!TryParseValue(valueText, out ulong value))
        {
            ThrowBadValue(key, valueText);
        }

        return value;
    }

    /// <summary>Old files name some uops without their leading underscore: <c>uops[X]</c> counts as <c>uops[_X]</c>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddOldUop(ReadOnlySpan<byte> key, ulong value, long position)
    {
        const int prefix = 5;
        Span<byte> fixedKey = key.Length < 256 ? stackalloc byte[key.Length + 1] : new byte[key.Length + 1];
        key[..prefix].CopyTo(fixedKey);
        fixedKey[prefix] = (byte)'_';
        key[prefix..].CopyTo(fixedKey[(prefix + 1)..]);
        _previous = _counters.AddNext(_previous, fixedKey, value, position);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Warn(ReadOnlySpan<byte> line) =>
        _warnings.Add((
            Position(_fileIndex, _lineIndex),
            new LoadWarning(_pathOf(_fileIndex), _lineIndex + 1, $"unparsable line {MessageText.Quote(Trim(line))} (expected 'KEY: VALUE'); skipped")));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowBadValue(ReadOnlySpan<byte> key, ReadOnlySpan<byte> valueText)
    {
        valueText = Trim(valueText);
        string reason = valueText.Length > 0 && valueText.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0
            ? "does not fit in an unsigned 64-bit counter"
            : "is not an unsigned integer";
        throw new StatsInputException(
            $"{_pathOf(_fileIndex)}:{_lineIndex + 1}: value {MessageText.Quote(valueText)} of key {MessageText.Quote(key)} {reason}");
    }

    /// <summary>
    /// A value: blanks, an unsigned 64-bit integer in decimal, blanks. The checked path for what
    /// <see cref="ParseLines"/> does not take inline (more than 19 digits, or not a plain number).
    /// </summary>
    internal static bool TryParseValue(ReadOnlySpan<byte> text, out ulong value)
    {
        int i = 0;
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }

        int start = i;
        ulong result = 0;
        while (i < text.Length)
        {
            uint digit = (uint)(text[i] - '0');
            if (digit > 9)
            {
                break;
            }

            result = (result * 10) + digit;
            i++;
        }

        int digits = i - start;
        while (i < text.Length)
        {
            if (!IsSpace(text[i]))
            {
                value = 0;
                return false;
            }

            i++;
        }

        if (digits is 0 or > 19)
        {
            // 20 digits may still fit in 64 bits (up to 18446744073709551615).
            return TryParseUnsigned(text.Slice(start, digits), out value);
        }

        value = result;
        return true;
    }

    /// <summary>Strips the characters Python's <c>str.strip()</c> strips in ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> text)
    {
        int start = 0;
        int end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsSpace(byte b) => b <= 0x20 && ((SpaceBits >> b) & 1) != 0;

    internal static bool TryParseUnsigned(ReadOnlySpan<byte> text, out ulong value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        // Leading zeros are allowed (Python's int() takes them) and do not count towards the 20 digits.
        int zeros = text.IndexOfAnyExcept((byte)'0');
        text = zeros < 0 ? text[^1..] : text[zeros..];
        if (text.Length > 20)
        {
            return false;
        }

        foreach (byte b in text)
        {
            uint digit = (uint)(b - '0');
            if (digit > 9)
            {
                return false;
            }

            if (value > (ulong.MaxValue - digit) / 10)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
