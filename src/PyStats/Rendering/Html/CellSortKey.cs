using System.Globalization;
using PyStats.Report.Model;

namespace PyStats.Rendering.Html;

/// <summary>
/// The number a cell sorts by in the page (its <c>data-v</c>), where the printed text is not
/// enough: ratios and changes print one decimal, and "N / 0 !!" has no numeric text. Counts
/// need none (the script reads their digits). Empty means "sort as empty" (always last).
/// </summary>
internal static class CellSortKey
{
    /// <summary>The key written into <paramref name="buffer"/> (no string per cell), or empty for none.</summary>
    public static ReadOnlySpan<char> For(ReportCell cell, Span<char> buffer) => cell switch
    {
        RatioCell { Denominator: { } d } r when d == 0 => r.Numerator == 0 ? default : Infinite(r.Numerator),
        RatioCell r => r.Value is { } v ? Number(v, buffer) : default,
        ChangeCell { IsAvailable: true, Base: { } b } c when b == 0 => c.Difference == 0 ? default : Infinite(c.Difference),
        ChangeCell c => c.Value is { } v ? Number(v, buffer) : default,
        BucketCell b => Bucket(b, buffer),
        MeasureCell m => Number(m.Value, buffer),
        _ => default,
    };

    /// <summary>Whether a cell holds a number (its column then sorts numerically).</summary>
    public static bool IsNumeric(ReportCell cell) => cell is CountCell or RatioCell or ChangeCell or BucketCell or MeasureCell;

    /// <summary>A quotient over zero sorts beyond every finite value, on the side of its sign.</summary>
    private static string Infinite(Int128 numerator) => numerator > 0 ? "Infinity" : "-Infinity";

    /// <summary>The shortest round-trip text of the double (what "R" prints).</summary>
    private static ReadOnlySpan<char> Number(double value, Span<char> buffer) =>
        value.TryFormat(buffer, out int written, "R", CultureInfo.InvariantCulture) ? buffer[..written] : value.ToString("R", CultureInfo.InvariantCulture);

    private static ReadOnlySpan<char> Bucket(BucketCell cell, Span<char> buffer) =>
        cell.UpperBound.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture) ? buffer[..written] : cell.UpperBound.ToString(CultureInfo.InvariantCulture);
}
