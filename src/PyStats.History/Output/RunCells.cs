using PyStats.History.Store;
using PyStats.Report.Model;

namespace PyStats.History.Output;

/// <summary>The columns that name a run in history tables.</summary>
public static class RunCells
{
    public static IReadOnlyList<ReportColumn> Columns(string prefix = "") =>
    [
        ReportColumn.Right(prefix + "Run"),
        ReportColumn.Left(prefix + "Date"),
        ReportColumn.Left(prefix + "Commit"),
    ];

    public static IEnumerable<ReportCell> Cells(RunRecord run) =>
    [
        new CountCell(run.RunId),
        new TextCell(run.Day),
        new TextCell(run.ShortCommit),
    ];

    public static TextCell Text(string? text) => new(text ?? "-");
}
