using System.Globalization;
using PyStats.Report.Model;

namespace PyStats.Rendering.Html;

/// <summary>
/// The number a cell sorts by in the page (its <c>data-v</c>), where the printed text is not
/// enough: ratios and changes print one decimal, and "N / 0 !!" has no numeric text. Counts
/// need none (the script reads their digits). Null means "sort as empty" (always last).
/// </summary>
internal static class CellSortKey
{
    public static string? For(ReportCell cell) => cell switch
    {
        RatioCell { Denominator: { } d } r when d == 0 => r.Numerator == 0 ? null : Infinite(r.Numerator),
        RatioCell r => r.Value is { } v ? Number(v) : null,
        ChangeCell { IsAvailable: true, Base: { } b } c when b == 0 => c.Difference == 0 ? null : Infinite(c.Difference),
        ChangeCell c => c.Value is { } v ? Number(v) : null,
        BucketCell b => b.UpperBound.ToString(CultureInfo.InvariantCulture),
        MeasureCell m => Number(m.Value),
        _ => null,
    };

    /// <summary>Whether a cell holds a number (its column then sorts numerically).</summary>
    public static bool IsNumeric(ReportCell cell) => cell is CountCell or RatioCell or ChangeCell or BucketCell or MeasureCell;

    /// <summary>A quotient over zero sorts beyond every finite value, on the side of its sign.</summary>
    private static string Infinite(Int128 numerator) => numerator > 0 ? "Infinity" : "-Infinity";

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
