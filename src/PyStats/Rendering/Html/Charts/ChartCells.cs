using PyStats.Report.Model;

namespace PyStats.Rendering.Html.Charts;

/// <summary>
/// Reads a plotted number and its display text out of one table cell. A missing cell (a row
/// one side lacks, a short row, no such column) plots as 0 with an empty text rather than
/// failing: charts must survive odd data.
/// </summary>
internal static class ChartCells
{
    public static ReportCell At(ReportRow row, int column) =>
        column >= 0 && column < row.Cells.Count ? row.Cells[column] : EmptyCell.Instance;

    /// <summary>A count cell as a number.</summary>
    public static double Count(ReportRow row, int column) =>
        At(row, column) is CountCell count ? (double)count.Value : 0;

    /// <summary>A ratio cell in percent (the same quotient the table prints with a % sign).</summary>
    public static double Percent(ReportRow row, int column) =>
        At(row, column) is RatioCell { Value: { } value } ? value * 100 : 0;

    public static string Text(ReportRow row, int column) => CellText.Format(At(row, column));

    /// <summary>"1,234 (5.6%)": a count with its ratio, as both columns print them.</summary>
    public static string CountAndRatio(ReportRow row, int countColumn, int ratioColumn)
    {
        string count = Text(row, countColumn);
        string ratio = Text(row, ratioColumn);
        return ratio.Length == 0 ? count : $"{count} ({ratio})";
    }
}
