using PyStats.History.Output;
using PyStats.History.Store;
using PyStats.Model;
using PyStats.Parsing;
using PyStats.Report.Building;
using PyStats.Report.Model;
using PyStats.Report.Significance;

namespace PyStats.History.Queries;

/// <summary>
/// <c>history trend METRIC</c>: the metric on every run, per series, with the step from the
/// previous run of the series. Values and steps come from the significant-changes analysis
/// itself (<see cref="ObservationCollector"/>), so a trend shows the numbers a comparison would.
/// </summary>
public static class TrendReport
{
    public static HistoryReport Build(HistoryStore store, string metricText, string? subject, RunFilter filter)
    {
        var metric = TrendMetric.Parse(metricText, store);
        var runs = RunCatalog.Load(store, filter);
        var measured = metric.Metric is { } analysed
            ? RunMetrics.Load(store, analysed, runs.Select(r => r.RunId).ToList())
            : CounterRows(store, runs, metric.CounterKey!);
        var rows = new List<ReportRow>();
        var series = new List<TimeSeries>();
        var subjects = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (name, members) in SeriesRuns.Group(runs, runs.Select(r => measured[r.RunId]).ToList()))
        {
            var points = new List<TimePoint>();
            Dictionary<string, RunMetrics.Row>? previous = null;
            foreach (var (run, measures) in members)
            {
                foreach (var measure in measures)
                {
                    if (subject is not null && !new ChangeRule(measure.Metric, 0, Subject: subject).Matches(measure.Subject))
                    {
                        continue;
                    }

                    subjects.Add(measure.Subject);
                    var value = measure.Cell;
                    ReportCell step = previous is null
                        ? EmptyCell.Instance
                        : (metric.Metric is null ? new ChangeCell(previous.GetValueOrDefault(measure.Subject)?.Part, measure.Part) : TrendSteps.Step(previous, measure)) ?? EmptyCell.Instance;
                    rows.Add(new ReportRow([.. RunCells.Cells(run), new TextCell(run.Description.Fork ?? "-"), new TextCell(run.Description.Flags), new TextCell(run.Description.Benchmark), new TextCell(measure.Subject), value, step]));
                    if (run.Description.CommitDate is { } date)
                    {
                        points.Add(new TimePoint(date, Value(value), run.ShortCommit, run.RunId));
                    }
                }

                previous = new Dictionary<string, RunMetrics.Row>(StringComparer.Ordinal);
                foreach (var measure in measures)
                {
                    previous.TryAdd(measure.Subject, measure);
                }
            }

            series.Add(new TimeSeries(name, points));
        }

        if (subjects.Count > 1 && subject is null)
        {
            throw new HistoryStoreException($"{metric.Name} has {subjects.Count} subjects; choose one with --subject NAME (e.g. {string.Join(", ", subjects.Take(5))})");
        }

        var columns = new List<ReportColumn>(RunCells.Columns())
        {
            ReportColumn.Left("Fork"), ReportColumn.Left("Flags"), ReportColumn.Left("Benchmark"), ReportColumn.Left("Subject"),
            ReportColumn.Right("Value"), ReportColumn.Right("Change"),
        };
        string about = subject is null ? metric.Name : $"{metric.Name} of {subject}";
        string unit = metric.InPoints ? "% (change in points)" : "count (change in %)";
        var notes = new List<string> { $"{rows.Count} values over {runs.Count} runs in {series.Count} series; value {unit}, change against the previous run of the series." };
        return new HistoryReport($"Trend: {about}", notes, new ReportTable("trend", columns, rows))
        {
            Chart = new TimeChart(about, metric.InPoints ? "%" : "count", series.Where(s => s.Points.Count > 0).ToList()),
        };
    }

    /// <summary>A raw counter per run, from the stored counters read as the original file (its value where the run has it).</summary>
    private static Dictionary<int, List<RunMetrics.Row>> CounterRows(HistoryStore store, IReadOnlyList<RunRecord> runs, string key)
    {
        var data = new StoredRunLoader(store).Load(runs, new LoadOptions(), KeyCondition.Exactly(key));
        var rows = new Dictionary<int, List<RunMetrics.Row>>();
        for (int i = 0; i < runs.Count; i++)
        {
            rows[runs[i].RunId] = data[i].Counters.Find(key) is { } value
                ? [new RunMetrics.Row(runs[i].RunId, 0, ChangeMetric.RareEvent, key, value, null)]
                : [];
        }

        return rows;
    }

    /// <summary>The number plotted: a share in percent (as the analysis computes it) or a count.</summary>
    private static double Value(ReportCell cell) => cell switch
    {
        RatioCell { Denominator: { } d } r when d != 0 => 100.0 * (double)r.Numerator / (double)d,
        CountCell c => (double)c.Value,
        _ => double.NaN,
    };
}
