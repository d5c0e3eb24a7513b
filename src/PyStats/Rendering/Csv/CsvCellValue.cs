using System.Globalization;
using PyStats.Report.Model;

namespace PyStats.Rendering.Csv;

/// <summary>
/// The machine value of a cell in a CSV file: integers as integers, ratios and changes as
/// fractions with round-trip precision (0.125 for "12.5%"), labels as text, and an empty field
/// where the report shows no number (no denominator, "N / 0 !!", a one-sided change).
/// </summary>
public static class CsvCellValue
{
    public static string Format(ReportCell cell) => cell switch
    {
        CountCell count => count.Value.ToString(CultureInfo.InvariantCulture),
        RatioCell ratio => Fraction(ratio.Value),
        ChangeCell change => Fraction(change.Value),
        TextCell text => text.Text,
        LinkCell link => link.Text,
        DocCell doc => doc.Text,
        BucketCell bucket => bucket.UpperBound.ToString(CultureInfo.InvariantCulture),
        EmptyCell => string.Empty,
        MeasureCell measure => Fraction(measure.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell.GetType().Name),
    };

    private static string Fraction(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
}
