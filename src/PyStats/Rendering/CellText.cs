using PyStats.Numbers;
using PyStats.Report.Model;

namespace PyStats.Rendering;

/// <summary>
/// The plain text of a cell exactly as CPython's report prints it (counts with separators,
/// one-decimal percentages, "N / 0 !!" for a zero denominator). Shared by every renderer so all
/// formats show the same numbers.
/// </summary>
public static class CellText
{
    public static string Format(ReportCell cell) => cell switch
    {
        EmptyCell => string.Empty,
        TextCell t => t.Text,
        DocCell d => d.Text,
        CountCell c => PythonFormat.Grouped(c.Value),
        RatioCell r => Ratio(r.Numerator, r.Denominator, r.IsPercentage),
        ChangeCell ch => ch.IsAvailable ? Ratio(ch.Difference, ch.Base, percentage: true) : string.Empty,
        BucketCell b => "<= " + PythonFormat.Grouped((Int128)b.UpperBound),
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell.GetType().Name),
    };

    private static string Ratio(Int128 numerator, Int128? denominator, bool percentage)
    {
        if (denominator is not { } den)
        {
            return string.Empty;
        }

        if (den == 0)
        {
            return numerator != 0 ? PythonFormat.Grouped(numerator) + " / 0 !!" : string.Empty;
        }

        double value = PythonDivision.Divide(numerator, den);
        return percentage ? PythonFormat.Percent(value) : PythonFormat.Fixed(value, 2);
    }
}
