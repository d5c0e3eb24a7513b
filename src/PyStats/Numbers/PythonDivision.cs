using System.Numerics;

namespace PyStats.Numbers;

/// <summary>
/// Integer true division with Python's semantics: the result is the double nearest to the exact
/// quotient (ties to even). A plain <c>(double)a / (double)b</c> rounds twice once either operand
/// exceeds 2^53, which can move the last digit of a printed percentage.
/// </summary>
public static class PythonDivision
{
    private static readonly Int128 ExactLimit = (Int128)1 << 53;

    public static double Divide(Int128 numerator, Int128 denominator)
    {
        if (denominator == 0)
        {
            throw new DivideByZeroException();
        }

        if (Int128.Abs(numerator) <= ExactLimit && Int128.Abs(denominator) <= ExactLimit)
        {
            return (double)numerator / (double)denominator;
        }

        bool negative = (numerator < 0) != (denominator < 0);
        var a = (BigInteger)Int128.Abs(numerator);
        var b = (BigInteger)Int128.Abs(denominator);
        if (a.IsZero)
        {
            return negative ? -0.0 : 0.0;
        }

        // Scale so the integer quotient carries at least 55 significant bits: 53 for the mantissa,
        // one for rounding, and the remainder acts as the sticky bit.
        long shift = 55 - ((long)a.GetBitLength() - (long)b.GetBitLength());
        BigInteger scaledA = shift >= 0 ? a << (int)shift : a;
        BigInteger scaledB = shift >= 0 ? b : b << (int)-shift;
        BigInteger quotient = BigInteger.DivRem(scaledA, scaledB, out BigInteger remainder);
        bool sticky = !remainder.IsZero;

        int extra = (int)quotient.GetBitLength() - 53;
        BigInteger mantissa = quotient >> extra;
        BigInteger dropped = quotient - (mantissa << extra);
        BigInteger half = BigInteger.One << (extra - 1);
        int cmp = dropped.CompareTo(half);
        if (cmp > 0 || (cmp == 0 && (sticky || !mantissa.IsEven)))
        {
            mantissa += 1;
        }

        double result = Math.ScaleB((double)mantissa, extra - (int)shift);
        return negative ? -result : result;
    }
}
