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
        var loader = new StoredRunLoader(store);
        var metric = TrendMetric.Parse(metricText, store);
        var runs = RunCatalog.Load(store, filter);
        var data = loader.Load(runs, new LoadOptions(), metric.Keys(subject));
        var rows = new List<ReportRow>();
        var series = new List<TimeSeries>();
        var subjects = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (name, members) in SeriesRuns.Group(runs, data))
        {
            var points = new List<TimePoint>();
            StatsView? previous = null;
            foreach (var (run, stats) in members)
            {
                var view = new StatsView(stats, DialectDetector.ForBuild(stats).Dialect);
                var steps = previous is null ? [] : Observe(metric, previous, view).ToDictionary(o => o.Subject, StringComparer.Ordinal);
                foreach (var o in Observe(metric, view, view))
                {
                    if (subject is not null && !new ChangeRule(o.Metric, 0, Subject: subject).Matches(o.Subject))
                    {
                        continue;
                    }

                    subjects.Add(o.Subject);
                    double value = Value(o.Base);
                    var step = steps.TryGetValue(o.Subject, out var s) ? s.Change : EmptyCell.Instance;
                    rows.Add(new ReportRow([.. RunCells.Cells(run), new TextCell(run.Description.Fork ?? "-"), new TextCell(run.Description.Flags), new TextCell(run.Description.Benchmark), new TextCell(o.Subject), o.Base, step]));
                    if (run.Description.CommitDate is { } date)
                    {
                        points.Add(new TimePoint(date, value, run.ShortCommit, run.RunId));
                    }
                }

                previous = view;
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

    /// <summary>The observations of the metric between two runs (the same run twice for its value).</summary>
    private static IEnumerable<Observation> Observe(TrendMetric metric, StatsView before, StatsView after)
    {
        if (metric.CounterKey is { } key)
        {
            Int128? b = before.Counters.Find(key);
            Int128? h = after.Counters.Find(key);
            if (h is { } value)
            {
                yield return new Observation(ChangeMetric.RareEvent, key, new CountCell(value), new CountCell(value), new ChangeCell(b, h), 0, value);
            }

            yield break;
        }

        foreach (var o in ObservationCollector.Collect(before, after))
        {
            if (o.Metric == metric.Metric)
            {
                yield return o;
            }
        }
    }

    /// <summary>The number plotted: a share in percent (as the analysis computes it) or a count.</summary>
    private static double Value(ReportCell cell) => cell switch
    {
        RatioCell { Denominator: { } d } r when d != 0 => 100.0 * (double)r.Numerator / (double)d,
        CountCell c => (double)c.Value,
        _ => double.NaN,
    };
}
