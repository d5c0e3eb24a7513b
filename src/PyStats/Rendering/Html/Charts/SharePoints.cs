using PyStats.Report.Model;

namespace PyStats.Rendering.Html.Charts;

/// <summary>
/// The change of a share between two runs in percentage points, as the report prints points
/// ("+3.2 pts", via <see cref="MeasureCell"/> and <see cref="CellText"/>): the same quantity the
/// significance rules measure for family ratios and instruction shares.
/// </summary>
internal static class SharePoints
{
    /// <summary>Head share − base share, in points; null when either cell has no ratio.</summary>
    public static double? Delta(ReportCell baseCell, ReportCell headCell) =>
        Percent(baseCell) is { } b && Percent(headCell) is { } h ? h - b : null;

    /// <summary>A ratio in percent, computed as the significance rules compute shares.</summary>
    private static double? Percent(ReportCell cell) =>
        cell is RatioCell { Denominator: { } d } r && d != 0 ? 100.0 * (double)r.Numerator / (double)d : null;

    /// <summary>The delta as the report writes points, or null.</summary>
    public static string? Change(ReportCell baseCell, ReportCell headCell) =>
        Delta(baseCell, headCell) is { } delta ? CellText.Format(new MeasureCell(delta, MeasureUnit.Points)) : null;
}
