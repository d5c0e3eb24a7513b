using System.Globalization;
using System.Numerics;
using System.Text;

namespace PyStats.Numbers;

/// <summary>
/// Number formatting that matches Python's <c>format()</c> for the specs the reports use:
/// <c>",d"</c>, <c>",.1%"</c> and <c>",.2f"</c>. Python rounds the exact binary value of a double
/// half-to-even and keeps the sign of a negative value that rounds to zero; .NET's "F" format
/// rounds ties away from zero, so the digits are produced here from the exact value.
/// </summary>
public static class PythonFormat
{
    /// <summary><c>format(n, ",d")</c>.</summary>
    public static string Grouped(Int128 value)
    {
        UInt128 magnitude = value < 0 ? (UInt128)(-(value + 1)) + 1 : (UInt128)value;
        string digits = magnitude.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder(digits.Length + digits.Length / 3 + 1);
        if (value < 0)
        {
            sb.Append('-');
        }

        AppendGrouped(sb, digits);
        return sb.ToString();
    }

    /// <summary><c>format(x, ",.{decimals}f")</c>.</summary>
    public static string Fixed(double value, int decimals)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        string digits = RoundedDigits(Math.Abs(value), decimals).PadLeft(decimals + 1, '0');
        var sb = new StringBuilder(digits.Length + digits.Length / 3 + 2);
        if (double.IsNegative(value))
        {
            sb.Append('-');
        }

        AppendGrouped(sb, digits.AsSpan(0, digits.Length - decimals));
        if (decimals > 0)
        {
            sb.Append('.');
            sb.Append(digits.AsSpan(digits.Length - decimals));
        }

        return sb.ToString();
    }

    /// <summary><c>format(x, ",.1%")</c>: Python multiplies by 100 in floating point first.</summary>
    public static string Percent(double value, int decimals = 1) => Fixed(value * 100.0, decimals) + "%";

    /// <summary>Digits of round(x * 10^decimals) on the exact binary value of x, ties to even.</summary>
    private static string RoundedDigits(double value, int decimals)
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
                return rounded.ToString(CultureInfo.InvariantCulture);
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

    private static void AppendGrouped(StringBuilder sb, ReadOnlySpan<char> digits)
    {
        int first = digits.Length % 3;
        if (first == 0)
        {
            first = 3;
        }

        sb.Append(digits[..Math.Min(first, digits.Length)]);
        for (int i = first; i < digits.Length; i += 3)
        {
            sb.Append(',');
            sb.Append(digits.Slice(i, 3));
        }
    }
}
