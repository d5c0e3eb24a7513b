using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace PyStats.Parsing;

/// <summary>
/// Input quoted in warnings and errors: cut to <see cref="MaxQuoted"/> characters, with control
/// characters and bytes that are not UTF-8 escaped, so a message stays one short, printable line
/// whatever the input holds (a 50 MB line, a terminal escape sequence, a non-UTF-8 file name).
/// </summary>
public static class MessageText
{
    /// <summary>How much of a quoted line, key or value a message shows.</summary>
    public const int MaxQuoted = 120;

    /// <summary><paramref name="text"/> in single quotes, cut and escaped.</summary>
    public static string Quote(string text) => Quote(text.AsSpan());

    public static string Quote(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, MaxQuoted) + 24);
        sb.Append('\'');
        int shown = 0;
        int i = 0;
        for (; i < text.Length && shown < MaxQuoted; i++, shown++)
        {
            AppendEscaped(sb, text, ref i);
        }

        sb.Append('\'');
        if (i < text.Length)
        {
            sb.Insert(sb.Length - 1, '…').Append(CultureInfo.InvariantCulture, $" ({text.Length:N0} characters)");
        }

        return sb.ToString();
    }

    /// <summary>UTF-8 bytes in single quotes, cut and escaped (bytes that are not UTF-8 as <c>\xNN</c>).</summary>
    public static string Quote(ReadOnlySpan<byte> utf8)
    {
        // Only the start is decoded: the quote shows MaxQuoted characters of at most 4 bytes.
        int take = Math.Min(utf8.Length, (MaxQuoted * 4) + 4);
        string head = Decode(utf8[..take]);
        string quoted = Quote(head.AsSpan(0, Math.Min(head.Length, MaxQuoted)));
        if (take < utf8.Length || head.Length > MaxQuoted)
        {
            quoted = quoted[..^1] + $"…' ({utf8.Length:N0} bytes)";
        }

        return quoted;
    }

    /// <summary>
    /// UTF-8 bytes (a file name) as a string for messages: valid sequences decoded, every other
    /// byte as <c>\xNN</c>. Not a path to open: only for showing.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> utf8)
    {
        if (Utf8.IsValid(utf8))
        {
            return Encoding.UTF8.GetString(utf8);
        }

        var sb = new StringBuilder(utf8.Length + 16);
        while (!utf8.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(utf8, out Rune rune, out int consumed);
            if (status == OperationStatus.Done)
            {
                sb.Append(rune.ToString());
            }
            else
            {
                consumed = Math.Max(consumed, 1);
                for (int b = 0; b < consumed; b++)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"\\x{utf8[b]:X2}");
                }
            }

            utf8 = utf8[consumed..];
        }

        return sb.ToString();
    }

    /// <summary>A whole message with its control characters escaped, so it prints as one line.</summary>
    public static string Escape(string message)
    {
        int first = 0;
        while (first < message.Length && !NeedsEscape(message, first))
        {
            first++;
        }

        if (first == message.Length)
        {
            return message;
        }

        var sb = new StringBuilder(message.Length + 16).Append(message, 0, first);
        for (int i = first; i < message.Length; i++)
        {
            AppendEscaped(sb, message, ref i);
        }

        return sb.ToString();
    }

    private static bool NeedsEscape(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        return char.IsControl(c) || (char.IsSurrogate(c) && !IsPair(text, i)) || c is '\u2028' or '\u2029';
    }

    private static bool IsPair(ReadOnlySpan<char> text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : i > 0 && char.IsHighSurrogate(text[i - 1]);

    private static void AppendEscaped(StringBuilder sb, ReadOnlySpan<char> text, ref int i)
    {
        char c = text[i];
        if (!NeedsEscape(text, i))
        {
            sb.Append(c);
            if (char.IsHighSurrogate(c) && i + 1 < text.Length)
            {
                sb.Append(text[++i]);
            }

            return;
        }

        switch (c)
        {
            case '\n': sb.Append("\\n"); break;
            case '\r': sb.Append("\\r"); break;
            case '\t': sb.Append("\\t"); break;
            default:
                sb.Append(c < 0x100 ? $"\\x{(int)c:X2}" : $"\\u{(int)c:X4}");
                break;
        }
    }
}
