using PyStats.History.Output;
using PyStats.History.Store;
using PyStats.Parsing;
using PyStats.Report.Building;
using PyStats.Report.Model;
using PyStats.Report.Significance;

namespace PyStats.History.Queries;

/// <summary>
/// <c>history changes</c>: the largest step changes between consecutive runs of each series
/// (same fork, flags and benchmark). Each step is analysed exactly as a comparison of the two
/// runs is (<see cref="SignificanceAnalyzer"/> with the same rules) and all steps are ranked
/// together by how far past its threshold each change is. Every row carries the command that
/// prints the full comparison of its two runs from the store.
/// </summary>
public static class ChangesReport
{
    public static HistoryReport Build(HistoryStore store, RunFilter filter, ChangeRuleSet rules, int top, string database)
    {
        var loader = new StoredRunLoader(store);
        var runs = RunCatalog.Load(store, filter);
        var data = loader.Load(runs, new LoadOptions(), TrendMetric.AllMetricKeys);
        var found = new List<(SignificantChange Change, RunRecord Base, RunRecord Head)>();
        int steps = 0;
        foreach (var (_, members) in SeriesRuns.Group(runs, data))
        {
            StatsView? previous = null;
            RunRecord? previousRun = null;
            foreach (var (run, stats) in members)
            {
                var view = new StatsView(stats, DialectDetector.ForBuild(stats).Dialect);
                if (previous is not null)
                {
                    steps++;
                    foreach (var change in SignificanceAnalyzer.Analyze([previous, view], ["Base", "Head"], rules))
                    {
                        found.Add((change, previousRun!, run));
                    }
                }

                previous = view;
                previousRun = run;
            }
        }

        // Ranked by size relative to the threshold, as in a comparison; stable for equal scores.
        var ranked = found.OrderByDescending(f => f.Change.Score).ToList();
        var columns = new List<ReportColumn> { ReportColumn.Left("Level"), ReportColumn.Left("Metric"), ReportColumn.Left("Subject"), ReportColumn.Left("Series") };
        columns.AddRange(RunCells.Columns("Base "));
        columns.AddRange(RunCells.Columns("Head "));
        columns.AddRange([ReportColumn.Right("Base value"), ReportColumn.Right("Head value"), ReportColumn.Right("Change"), ReportColumn.Right("Threshold"), ReportColumn.Left("Compare")]);
        string db = database == HistoryDefaults.DatabaseFile ? string.Empty : $" --db {Quote(database)}";
        var rows = ranked.Take(top).Select(f =>
        {
            var o = f.Change.Observation;
            return new ReportRow([
                new TextCell(f.Change.Failing ? "fail" : "warn"), new TextCell(o.Metric.Name()), new TextCell(o.Subject), new TextCell(f.Head.Series),
                .. RunCells.Cells(f.Base), .. RunCells.Cells(f.Head),
                o.Base, o.Head, o.Change,
                new MeasureCell(f.Change.Rule.Threshold, o.Metric.InPoints() ? MeasureUnit.Points : MeasureUnit.Percent, Signed: false),
                new TextCell($"pystats history compare {f.Base.RunId} {f.Head.RunId}{db}"),
            ]);
        }).ToList();
        string shown = ranked.Count > top ? $"; the {top} largest are listed (--top N for more)" : string.Empty;
        var notes = new List<string> { $"{ranked.Count} significant changes in {steps} steps between consecutive runs of {runs.Count} runs (rules: {rules.Origin}){shown}." };
        return new HistoryReport("Largest changes between consecutive runs", notes, new ReportTable("changes", columns, rows));
    }

    private static string Quote(string path) => path.All(c => char.IsAsciiLetterOrDigit(c) || "/._-+".Contains(c)) ? path : "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
