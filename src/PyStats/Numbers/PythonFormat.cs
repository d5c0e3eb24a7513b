using System.Globalization;
using System.Numerics;

namespace PyStats.Numbers;

/// <summary>
/// Number formatting that matches Python's <c>format()</c> for the specs the reports use:
/// <c>",d"</c>, <c>",.1%"</c> and <c>",.2f"</c>. Python rounds the exact binary value of a double
/// half-to-even and keeps the sign of a negative value that rounds to zero; .NET's "F" format
/// rounds ties away from zero, so the digits are produced here from the exact value.
/// Each format also writes into a caller's buffer (<c>TryFormat…</c>): the HTML page prints tens of
/// thousands of numbers, and a string for each would be garbage the moment it is written.
/// </summary>
public static class PythonFormat
{
    /// <summary>Room for any <see cref="Grouped"/> of an Int128 (39 digits, 12 commas, a sign).</summary>
    public const int MaxGroupedLength = 52;

    /// <summary><c>format(n, ",d")</c>.</summary>
    public static string Grouped(Int128 value)
    {
        Span<char> buffer = stackalloc char[MaxGroupedLength];
        TryFormatGrouped(value, buffer, out int written);
        return new string(buffer[..written]);
    }

    /// <summary><c>format(n, ",d")</c> into <paramref name="destination"/>; false when it does not fit.</summary>
    public static bool TryFormatGrouped(Int128 value, Span<char> destination, out int written)
    {
        UInt128 magnitude = value < 0 ? (UInt128)(-(value + 1)) + 1 : (UInt128)value;
        Span<char> digits = stackalloc char[40];
        magnitude.TryFormat(digits, out int count, default, CultureInfo.InvariantCulture);
        written = 0;
        if (value < 0)
        {
            if (destination.IsEmpty)
            {
                return false;
            }

            destination[written++] = '-';
        }

        return TryAppendGrouped(digits[..count], destination, ref written);
    }

    /// <summary><c>format(x, ",.{decimals}f")</c>.</summary>
    public static string Fixed(double value, int decimals)
    {
        // Any double fits: at most 309 integer digits and their commas, the sign, the decimals.
        Span<char> buffer = stackalloc char[430 + decimals];
        TryFormatFixed(value, decimals, buffer, out int written);
        return new string(buffer[..written]);
    }

    /// <summary><c>format(x, ",.{decimals}f")</c> into <paramref name="destination"/>; false when it does not fit.</summary>
    public static bool TryFormatFixed(double value, int decimals, Span<char> destination, out int written)
    {
        written = 0;
        if (double.IsNaN(value))
        {
            return TryAppend("nan", destination, ref written);
        }

        if (double.IsInfinity(value))
        {
            return TryAppend(value > 0 ? "inf" : "-inf", destination, ref written);
        }

        Span<char> fast = stackalloc char[24];
        ReadOnlySpan<char> rounded = RoundedDigits(Math.Abs(value), decimals, fast);

        // At least one digit before the point: pad with zeros on the left.
        int padding = Math.Max(0, decimals + 1 - rounded.Length);
        int integerDigits = padding + rounded.Length - decimals;
        if (double.IsNegative(value) && !TryAppend("-", destination, ref written))
        {
            return false;
        }

        if (padding > 0)
        {
            // Only a zero integer part is padded ("0.05"): one zero before the point, the rest after.
            if (!TryAppend("0", destination, ref written))
            {
                return false;
            }
        }
        else if (!TryAppendGrouped(rounded[..integerDigits], destination, ref written))
        {
            return false;
        }

        if (decimals > 0)
        {
            if (!TryAppend(".", destination, ref written) || destination.Length - written < decimals)
            {
                return false;
            }

            int zeros = padding > 0 ? padding - 1 : 0;
            destination.Slice(written, zeros).Fill('0');
            written += zeros;
            rounded[(rounded.Length - (decimals - zeros))..].CopyTo(destination[written..]);
            written += decimals - zeros;
        }

        return true;
    }

    /// <summary><c>format(x, ",.1%")</c>: Python multiplies by 100 in floating point first.</summary>
    public static string Percent(double value, int decimals = 1) => Fixed(value * 100.0, decimals) + "%";

    /// <summary><c>format(x, ",.{decimals}%")</c> into <paramref name="destination"/>; false when it does not fit.</summary>
    public static bool TryFormatPercent(double value, int decimals, Span<char> destination, out int written) =>
        TryFormatFixed(value * 100.0, decimals, destination, out written) && TryAppend("%", destination, ref written);

    /// <summary>
    /// Digits of round(x * 10^decimals) on the exact binary value of x, ties to even: in
    /// <paramref name="fast"/> when the product is small, else (rarely) in a new string.
    /// </summary>
    private static ReadOnlySpan<char> RoundedDigits(double value, int decimals, Span<char> fast)
    {
        // Fast path: the product in floating point is off by at most a few ulps, so unless it lies
        // within that distance of a half-integer, rounding it gives the same integer as rounding
        // the exact product.
        double scaled = value * Pow10(decimals);
        if (scaled < 1e15)
        {
            double floor = Math.Floor(scaled);
            double distance = Math.Abs(scaled - floor - 0.5);
            if (distance > scaled * 1e-15 + 1e-300)
            {
                long rounded = (long)floor + (scaled - floor > 0.5 ? 1 : 0);
                rounded.TryFormat(fast, out int count, default, CultureInfo.InvariantCulture);
                return fast[..count];
            }
        }

        return ExactRoundHalfEven(value, decimals).ToString(CultureInfo.InvariantCulture);
    }

    private static double Pow10(int decimals) => decimals switch
    {
        0 => 1.0,
        1 => 10.0,
        2 => 100.0,
        _ => Math.Pow(10, decimals),
    };

    private static BigInteger ExactRoundHalfEven(double value, int decimals)
    {
        long bits = BitConverter.DoubleToInt64Bits(value);
        int exponent = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            fraction |= 1L << 52;
        }

        // value = fraction * 2^(exponent - 1075)
        int power = exponent - 1075;
        BigInteger numerator = new BigInteger(fraction) * BigInteger.Pow(10, decimals);
        if (power >= 0)
        {
            return numerator << power;
        }

        BigInteger denominator = BigInteger.One << -power;
        BigInteger quotient = BigInteger.DivRem(numerator, denominator, out BigInteger remainder);
        BigInteger twice = remainder << 1;
        int cmp = twice.CompareTo(denominator);
        if (cmp > 0 || (cmp == 0 && !quotient.IsEven))
        {
            quotient += 1;
        }

        return quotient;
    }

    private static bool TryAppendGrouped(ReadOnlySpan<char> digits, Span<char> destination, ref int written)
    {
        int first = digits.Length % 3;
        if (first == 0)
        {
            first = 3;
        }

        if (!TryAppend(digits[..Math.Min(first, digits.Length)], destination, ref written))
        {
            return false;
        }

        for (int i = first; i < digits.Length; i += 3)
        {
            if (!TryAppend(",", destination, ref written) || !TryAppend(digits.Slice(i, 3), destination, ref written))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryAppend(ReadOnlySpan<char> text, Span<char> destination, ref int written)
    {
        if (!text.TryCopyTo(destination[written..]))
        {
            return false;
        }

        written += text.Length;
        return true;
    }
}
