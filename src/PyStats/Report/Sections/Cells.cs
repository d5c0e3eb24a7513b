using PyStats.Report.Model;

namespace PyStats.Report.Sections;

/// <summary>Short constructors for the cells the section calculators create.</summary>
internal static class Cells
{
    public static CountCell Count(Int128 value) => new(value);

    public static RatioCell Ratio(Int128 numerator, Int128? denominator) => new(numerator, denominator);

    public static TextCell Text(string text) => new(text);

    public static ReportCell Label(string text, string? doc) => doc is null ? new TextCell(text) : new DocCell(text, doc);

    public static ReportColumn Left(string name) => ReportColumn.Left(name);

    public static ReportColumn Right(string name) => ReportColumn.Right(name);

    /// <summary>The usual "label, Count, Ratio" column set.</summary>
    public static IReadOnlyList<ReportColumn> CountRatio(string label) => [Left(label), Right("Count"), Right("Ratio")];
}
