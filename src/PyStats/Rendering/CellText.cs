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
    /// Room for the text of any number cell: a double's 309 integer digits with their commas,
    /// sign, decimals and unit, or a grouped Int128 with " / 0 !!".
    /// </summary>
    public const int MaxNumberLength = 448;

    /// <summary>
    /// As <see cref="Format(ReportCell)"/>, in the style of the extended report when
    /// <paramref name="extended"/>: changes from or to nothing read "new" / "gone", and a ratio
    /// with a zero denominator is left empty rather than flagged "N / 0 !!".
    /// </summary>
    public static string Format(ReportCell cell, bool extended) => cell switch
    {
        TextCell t => t.Text,
        LinkCell l => l.Text,
        DocCell d => d.Text,
        _ => new string(Format(cell, extended, stackalloc char[MaxNumberLength])),
    };

    public static string Format(ReportCell cell) => Format(cell, extended: false);

    /// <summary>
    /// The text of <see cref="Format(ReportCell, bool)"/> without a string for it: a label's own
    /// text, or a number written into <paramref name="buffer"/> (at least
    /// <see cref="MaxNumberLength"/> long). Pages print tens of thousands of cells, each used once.
    /// </summary>
    public static ReadOnlySpan<char> Format(ReportCell cell, bool extended, Span<char> buffer)
    {
        if (extended)
        {
            switch (cell)
            {
                case ChangeCell { Kind: ChangeKind.New }:
                    return "new";
                case ChangeCell { Kind: ChangeKind.Gone }:
                    return "gone";
                case ChangeCell { Kind: ChangeKind.None }:
                    return string.Empty;
                case RatioCell { Denominator: { } d } when d == 0:
                    return string.Empty;
            }
        }

        int written;
        switch (cell)
        {
            case EmptyCell:
                return string.Empty;
            case TextCell t:
                return t.Text;
            case LinkCell l:
                return l.Text;
            case DocCell d:
                return d.Text;
            case CountCell c:
                PythonFormat.TryFormatGrouped(c.Value, buffer, out written);
                return buffer[..written];
            case RatioCell r:
                return Ratio(r.Numerator, r.Denominator, r.IsPercentage, buffer);
            case ChangeCell ch:
                return ch.IsAvailable ? Ratio(ch.Difference, ch.Base, percentage: true, buffer) : string.Empty;
            case BucketCell b:
                "<= ".CopyTo(buffer);
                PythonFormat.TryFormatGrouped((Int128)b.UpperBound, buffer[3..], out written);
                return buffer[..(3 + written)];
            case MeasureCell m:
                return Measure(m, buffer);
            default:
                throw new ArgumentOutOfRangeException(nameof(cell), cell.GetType().Name);
        }
    }

    private static ReadOnlySpan<char> Measure(MeasureCell cell, Span<char> buffer)
    {
        // A sign goes in front of a positive signed measure: write the number after one slot.
        PythonFormat.TryFormatFixed(cell.Value, 1, buffer[1..], out int written);
        int start = 1;
        if (cell.Signed && buffer[1] != '-')
        {
            buffer[0] = '+';
            start = 0;
            written++;
        }

        string unit = cell.Unit == MeasureUnit.Points ? " pts" : "%";
        unit.CopyTo(buffer[(start + written)..]);
        return buffer.Slice(start, written + unit.Length);
    }

    private static ReadOnlySpan<char> Ratio(Int128 numerator, Int128? denominator, bool percentage, Span<char> buffer)
    {
        if (denominator is not { } den)
        {
            return string.Empty;
        }

        int written;
        if (den == 0)
        {
            if (numerator == 0)
            {
                return string.Empty;
            }

            PythonFormat.TryFormatGrouped(numerator, buffer, out written);
            " / 0 !!".CopyTo(buffer[written..]);
            return buffer[..(written + 7)];
        }

        double value = PythonDivision.Divide(numerator, den);
        if (percentage)
        {
            PythonFormat.TryFormatPercent(value, 1, buffer, out written);
        }
        else
        {
            PythonFormat.TryFormatFixed(value, 2, buffer, out written);
        }

        return buffer[..written];
    }
}
