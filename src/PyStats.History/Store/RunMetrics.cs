using System.Numerics;
using PyStats.Model;
using PyStats.Parsing;
using PyStats.Report.Building;
using PyStats.Report.Model;
using PyStats.Report.Significance;

namespace PyStats.History.Store;

/// <summary>
/// The <c>run_metrics</c> table: every metric of the significant-changes analysis measured on
/// each run alone (its part and, for shares, the whole), computed once when the run is stored.
/// </summary>
/// <remarks>
/// Why: a trend over all runs would otherwise read every run's counters back and measure them
/// again on each query; reading a few thousand ready rows keeps a trend near the cost of opening
/// the store. The rows are made from the stored counters (the same <see cref="StoredRunLoader"/>
/// a trend used to read), so the numbers are those the analysis gives for the stored run.
/// </remarks>
public static class RunMetrics
{
    public const string Table = "run_metrics";

    /// <summary>One measure of one run: <see cref="Whole"/> is null for counts, the share's denominator otherwise.</summary>
    public sealed record Row(int RunId, int Seq, ChangeMetric Metric, string Subject, Int128 Part, Int128? Whole)
    {
        /// <summary>The cell the analysis shows for this measure.</summary>
        public ReportCell Cell => Whole is { } whole ? new RatioCell(Part, whole) : new CountCell(Part);
    }

    /// <summary>Measures the runs (already written, in this transaction) and appends their rows.</summary>
    public static void Write(HistoryStore store, IReadOnlyList<RunRecord> runs)
    {
        if (runs.Count == 0)
        {
            return;
        }

        var loader = new StoredRunLoader(store);
        using var appender = store.Wrap(() => store.Connection.CreateAppender(Table));
        foreach (var chunk in runs.Chunk(16))
        {
            var data = loader.Load(chunk, new LoadOptions(), Queries.TrendMetric.AllMetricKeys);
            for (int r = 0; r < chunk.Length; r++)
            {
                foreach (var row in Measure(chunk[r].RunId, data[r]))
                {
                    appender.CreateRow()
                        .AppendValue(row.RunId)
                        .AppendValue(row.Seq)
                        .AppendValue(ChangeMetricNames.Name(row.Metric))
                        .AppendValue(row.Subject)
                        .AppendValue((BigInteger?)(BigInteger)row.Part)
                        .AppendValue(row.Whole is { } w ? (BigInteger?)(BigInteger)w : null)
                        .EndRow();
                }
            }
        }
    }

    /// <summary>Measures every stored run that has no rows yet (a store made before this table existed).</summary>
    public static void Backfill(HistoryStore store)
    {
        var missing = RunCatalog.Query(store, $"SELECT {RunCatalog.ColumnList} FROM runs WHERE run_id NOT IN (SELECT DISTINCT run_id FROM {Table}) ORDER BY run_id", []);
        Write(store, missing);
    }

    public static void Remove(HistoryStore store, int runId) => store.Execute($"DELETE FROM {Table} WHERE run_id = ?", runId);

    /// <summary>The rows of one metric for the runs, each run's in the order the analysis measures them.</summary>
    public static Dictionary<int, List<Row>> Load(HistoryStore store, ChangeMetric metric, IReadOnlyCollection<int> runIds)
    {
        var rows = runIds.Distinct().ToDictionary(id => id, _ => new List<Row>());
        if (rows.Count == 0)
        {
            return rows;
        }

        using var command = store.Command(
            $"SELECT run_id, seq, subject, part, whole FROM {Table} WHERE metric = ? AND run_id IN ({string.Join(",", rows.Keys)}) ORDER BY run_id, seq",
            ChangeMetricNames.Name(metric));
        using var reader = store.Wrap(() => command.ExecuteReader());
        while (reader.Read())
        {
            int runId = reader.GetInt32(0);
            rows[runId].Add(new Row(
                runId, reader.GetInt32(1), metric, reader.GetString(2),
                (Int128)reader.GetFieldValue<BigInteger>(3),
                reader.IsDBNull(4) ? null : (Int128)reader.GetFieldValue<BigInteger>(4)));
        }

        return rows;
    }

    private static IEnumerable<Row> Measure(int runId, StatsData stats)
    {
        var view = new StatsView(stats, DialectDetector.ForBuild(stats).Dialect);
        int seq = 0;
        foreach (var o in ObservationCollector.Collect(view, view))
        {
            yield return o.Base switch
            {
                RatioCell ratio => new Row(runId, seq++, o.Metric, o.Subject, ratio.Numerator, ratio.Denominator),
                CountCell count => new Row(runId, seq++, o.Metric, o.Subject, count.Value, null),
                _ => throw new InvalidOperationException($"run {runId}: {o.Metric} {o.Subject}: a measure that is neither a share nor a count"),
            };
        }
    }
}
