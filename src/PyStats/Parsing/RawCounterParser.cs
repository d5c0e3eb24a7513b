using System.Text;

namespace PyStats.Parsing;

/// <summary>
/// Parses raw counter files (<c>KEY : VALUE</c> lines) straight from UTF-8 bytes into a
/// <see cref="CounterAccumulator"/>. Files of one run mostly repeat the same keys in the same
/// order, so the entry found at line N of the previous file is tried first; only a mismatch costs
/// a hash lookup.
/// </summary>
internal sealed class RawCounterParser
{
    private static ReadOnlySpan<byte> UopsPrefix => "uops["u8;

    private readonly CounterAccumulator _counters;
    private int[] _lineEntries = new int[4096];

    public RawCounterParser(CounterAccumulator counters) => _counters = counters;

    /// <summary>Line position of the pseudo-key <c>__nfiles__</c>: after every line of its file.</summary>
    public const long EndOfFile = 0xFFFF_FFFFL;

    public static long Position(int fileIndex, long line) => ((long)fileIndex << 32) | line;

    /// <exception cref="StatsInputException">A value is not an unsigned 64-bit integer.</exception>
    public void Parse(ReadOnlySpan<byte> data, int fileIndex, string fileName, List<LoadWarning> warnings)
    {
        int lineIndex = 0;
        while (data.Length > 0)
        {
            int newline = data.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = newline < 0 ? data : data[..newline];
            data = newline < 0 ? [] : data[(newline + 1)..];
            ParseLine(line, fileIndex, lineIndex, fileName, warnings);
            lineIndex++;
        }
    }

    private void ParseLine(ReadOnlySpan<byte> line, int fileIndex, int lineIndex, string fileName, List<LoadWarning> warnings)
    {
        int colon = line.IndexOf((byte)':');
        if (colon < 0 || line[(colon + 1)..].Contains((byte)':'))
        {
            warnings.Add(new LoadWarning(fileName, lineIndex + 1, $"unparsable line '{Encoding.UTF8.GetString(Trim(line))}' (expected 'KEY: VALUE'); skipped"));
            return;
        }

        ReadOnlySpan<byte> key = Trim(line[..colon]);
        ReadOnlySpan<byte> valueText = Trim(line[(colon + 1)..]);
        if (!TryParseUnsigned(valueText, out ulong value))
        {
            string reason = valueText.Length > 0 && IsAllDigits(valueText) ? "does not fit in an unsigned 64-bit counter" : "is not an unsigned integer";
            throw new StatsInputException(
                $"{fileName}:{lineIndex + 1}: value '{Encoding.UTF8.GetString(valueText)}' of key '{Encoding.UTF8.GetString(key)}' {reason}");
        }

        long position = Position(fileIndex, lineIndex);
        if (key.StartsWith(UopsPrefix) && (key.Length == UopsPrefix.Length || key[UopsPrefix.Length] != (byte)'_'))
        {
            // Old files name some uops without their leading underscore.
            Span<byte> fixedKey = key.Length < 256 ? stackalloc byte[key.Length + 1] : new byte[key.Length + 1];
            key[..UopsPrefix.Length].CopyTo(fixedKey);
            fixedKey[UopsPrefix.Length] = (byte)'_';
            key[UopsPrefix.Length..].CopyTo(fixedKey[(UopsPrefix.Length + 1)..]);
            Remember(lineIndex, _counters.Add(fixedKey, value, position));
            return;
        }

        if (lineIndex < _lineEntries.Length && _lineEntries[lineIndex] > 0)
        {
            int predicted = _lineEntries[lineIndex] - 1;
            if (key.SequenceEqual(_counters.KeyAt(predicted)))
            {
                _counters.AddAt(predicted, value, position);
                return;
            }
        }

        Remember(lineIndex, _counters.Add(key, value, position));
    }

    private void Remember(int lineIndex, int entry)
    {
        if (lineIndex >= _lineEntries.Length)
        {
            if (lineIndex >= 1 << 20)
            {
                return;
            }

            Array.Resize(ref _lineEntries, Math.Max(lineIndex + 1, _lineEntries.Length * 2));
        }

        _lineEntries[lineIndex] = entry + 1;
    }

    /// <summary>Strips the characters Python's <c>str.strip()</c> strips in ASCII.</summary>
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

    private static bool IsSpace(byte b) => b is (byte)' ' or (>= 0x09 and <= 0x0D) or (>= 0x1C and <= 0x1F);

    internal static bool TryParseUnsigned(ReadOnlySpan<byte> text, out ulong value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 20)
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

            ulong next = value * 10 + digit;
            if (value > ulong.MaxValue / 10 || next < value * 10)
            {
                return false;
            }

            value = next;
        }

        return true;
    }

    private static bool IsAllDigits(ReadOnlySpan<byte> text)
    {
        foreach (byte b in text)
        {
            if (b < '0' || b > '9')
            {
                return false;
            }
        }

        return true;
    }
}
