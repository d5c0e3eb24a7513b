using System.Globalization;
using System.Text;
using CsCheck;
using PyStats.Parsing;

namespace PyStats.Tests.Parsing;

/// <summary>The byte-level pieces of the raw parser against plain string code.</summary>
public sealed class ParsingPrimitivesTests
{
    [Fact]
    public void Line_scanner_finds_the_lines_and_colons_a_split_finds()
    {
        Gen.Char["ab :\n\r"].Array[0, 300].Select(chars => Encoding.ASCII.GetBytes(chars)).Sample(bytes =>
        {
            var expected = new List<(int, int, int, bool)>();
            int start = 0;
            while (start < bytes.Length)
            {
                int newline = Array.IndexOf(bytes, (byte)'\n', start);
                int end = newline < 0 ? bytes.Length : newline;
                int colon = Array.IndexOf(bytes, (byte)':', start, end - start);
                bool more = colon >= 0 && Array.IndexOf(bytes, (byte)':', colon + 1, end - colon - 1) >= 0;
                expected.Add((start, end, colon, more));
                start = end + 1;
            }

            var actual = new List<(int, int, int, bool)>();
            var scanner = new LineScanner(bytes);
            while (scanner.MoveNext(out int s, out int e, out int c, out bool m))
            {
                actual.Add((s, e, c, m));
            }

            Assert.Equal(expected, actual);
        });
    }

    [Fact]
    public void Values_parse_like_a_trimmed_unsigned_integer()
    {
        var text = Gen.OneOf(
            Gen.Char[" \t\r0123456789x-+"].Array[0, 24].Select(c => new string(c)),
            Gen.Select(Gen.ULong, Gen.OneOf(Gen.Const(""), Gen.Const(" "), Gen.Const("\t ")), Gen.OneOf(Gen.Const(""), Gen.Const(" "), Gen.Const("\r")), (v, before, after) => before + v.ToString(CultureInfo.InvariantCulture) + after));
        text.Sample(s =>
        {
            string trimmed = s.Trim(' ', '\t', '\r');
            bool expectedOk = trimmed.Length is > 0 and <= 20 && trimmed.All(char.IsAsciiDigit)
                && ulong.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out _);
            bool ok = RawCounterParser.TryParseValue(Encoding.ASCII.GetBytes(s), out ulong value);
            Assert.Equal(expectedOk, ok);
            if (ok)
            {
                Assert.Equal(ulong.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture), value);
            }
        });
    }

    [Fact]
    public void Utf8_names_sort_like_ordinal_utf16_strings()
    {
        var name = Gen.OneOf(
                Gen.Char['a', 'e'],
                Gen.Char['\u00e0', '\u00e2'],
                Gen.Char['\ud7fe', '\ud7ff'],
                Gen.Char['\ue000', '\ue001'],
                Gen.Char['\uffee', '\uffef'],
                Gen.Const('\ud83d'))
            .Array[0, 6]
            .Select(chars => string.Concat(chars.Select(c => c == '\ud83d' ? "\ud83d\ude00" : c.ToString())));
        Gen.Select(name, name).Sample((a, b) =>
        {
            int expected = Math.Sign(string.CompareOrdinal(a, b));
            int actual = Math.Sign(CounterFileList.CompareOrdinal(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b)));
            Assert.Equal(expected, actual);
        });
    }

    [Fact]
    public void Key_comparison_agrees_with_sequence_equal_at_every_length()
    {
        Gen.Select(Gen.Int[0, 100], Gen.Int[0, 99], Gen.Byte).Sample((length, position, value) =>
        {
            byte[] a = Enumerable.Range(0, length).Select(i => (byte)(i * 7)).ToArray();
            byte[] b = (byte[])a.Clone();
            if (position < length)
            {
                b[position] = value;
            }

            bool expected = a.AsSpan().SequenceEqual(b);
            bool actual = length == 0 || ByteKeyHash.BytesEqual(ref a[0], ref b[0], length);
            Assert.Equal(expected, actual);
        });
    }
}
