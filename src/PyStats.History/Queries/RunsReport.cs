using PyStats.History.Output;
using PyStats.History.Store;
using PyStats.Report.Model;

namespace PyStats.History.Queries;

/// <summary><c>history runs</c>: the stored runs, newest commit first.</summary>
public static class RunsReport
{
    public static HistoryReport Build(HistoryStore store, RunFilter filter)
    {
        var runs = RunCatalog.Load(store, filter);
        return new HistoryReport($"Runs in {Path.GetFileName(store.Path)}", [$"{runs.Count} runs, newest commit first."], Table(runs));
    }

    public static ReportTable Table(IReadOnlyList<RunRecord> runs, string? status = null, Func<RunRecord, string>? statusOf = null)
    {
        var columns = new List<ReportColumn>();
        if (statusOf is not null)
        {
            columns.Add(ReportColumn.Left(status ?? "Status"));
        }

        columns.AddRange(RunCells.Columns());
        columns.AddRange([
            ReportColumn.Left("Fork"), ReportColumn.Left("Branch"), ReportColumn.Left("Flags"), ReportColumn.Left("Version"),
            ReportColumn.Left("Benchmark"), ReportColumn.Right("Files"), ReportColumn.Right("Counters"), ReportColumn.Left("Label"), ReportColumn.Left("Source"),
        ]);
        var rows = runs.Select(run =>
        {
            var d = run.Description;
            var cells = new List<ReportCell>();
            if (statusOf is not null)
            {
                cells.Add(new TextCell(statusOf(run)));
            }

            cells.AddRange(RunCells.Cells(run));
            cells.AddRange([
                RunCells.Text(d.Fork), RunCells.Text(d.Branch), new TextCell(d.Flags), RunCells.Text(d.PythonVersion), new TextCell(d.Benchmark),
                new CountCell(run.FileCount), new CountCell(run.CounterCount), RunCells.Text(d.Label), new TextCell(run.SourcePath),
            ]);
            return new ReportRow(cells);
        }).ToList();
        return new ReportTable("runs", columns, rows);
    }
}
