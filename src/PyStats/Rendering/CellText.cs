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
    /// <summary>
    /// As <see cref="Format(ReportCell)"/>, in the style of the extended report when
    /// <paramref name="extended"/>: changes from or to nothing read "new" / "gone", and a ratio
    /// with a zero denominator is left empty rather than flagged "N / 0 !!".
    /// </summary>
    public static string Format(ReportCell cell, bool extended)
    {
        if (!extended)
        {
            return Format(cell);
        }

        return cell switch
        {
            ChangeCell { Kind: ChangeKind.New } => "new",
            ChangeCell { Kind: ChangeKind.Gone } => "gone",
            ChangeCell { Kind: ChangeKind.None } => string.Empty,
            RatioCell { Denominator: { } d } when d == 0 => string.Empty,
            _ => Format(cell),
        };
    }

    public static string Format(ReportCell cell) => cell switch
    {
        EmptyCell => string.Empty,
        TextCell t => t.Text,
        LinkCell l => l.Text,
        DocCell d => d.Text,
        CountCell c => PythonFormat.Grouped(c.Value),
        RatioCell r => Ratio(r.Numerator, r.Denominator, r.IsPercentage),
        ChangeCell ch => ch.IsAvailable ? Ratio(ch.Difference, ch.Base, percentage: true) : string.Empty,
        BucketCell b => "<= " + PythonFormat.Grouped((Int128)b.UpperBound),
        MeasureCell m => Measure(m),
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell.GetType().Name),
    };

    private static string Measure(MeasureCell cell)
    {
        string number = PythonFormat.Fixed(cell.Value, 1);
        if (cell.Signed && !number.StartsWith('-'))
        {
            number = "+" + number;
        }

        return cell.Unit == MeasureUnit.Points ? number + " pts" : number + "%";
    }

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
