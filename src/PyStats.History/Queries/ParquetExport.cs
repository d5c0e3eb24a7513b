using PyStats.History.Output;
using PyStats.History.Store;
using PyStats.Report.Model;

namespace PyStats.History.Queries;

/// <summary>
/// <c>history export --parquet DIR</c>: the store as Parquet, readable as-is by DuckDB, Spark,
/// Trino or pandas (hive partitioning). <c>DIR/counters/year=Y/month=M/flags=F/*.parquet</c>
/// holds one row per counter of every run, with the key text and the run's commit, fork and
/// date; <c>DIR/runs/…</c> the runs, partitioned the same way. The year and month are the commit
/// date's (UTC; the ingest time when a run has none). Written to a temporary directory beside
/// DIR and renamed into place; an existing non-empty DIR is refused, never replaced.
/// </summary>
public static class ParquetExport
{
    private const string Partition = "year(coalesce(commit_date, ingested_at)) AS year, month(coalesce(commit_date, ingested_at)) AS month";

    public static HistoryReport Export(HistoryStore store, string directory)
    {
        string target = Path.GetFullPath(directory);
        if (File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()))
        {
            throw new HistoryStoreException($"{directory}: exists and is not an empty directory; the export writes a new directory and replaces nothing");
        }

        string parent = Path.GetDirectoryName(target) ?? ".";
        if (!Directory.Exists(parent))
        {
            throw new HistoryStoreException($"{directory}: cannot write the export: the directory '{parent}' does not exist");
        }

        string temp = Path.Combine(parent, $".{Path.GetFileName(target)}.{Environment.ProcessId}.tmp");
        try
        {
            Directory.CreateDirectory(temp);
            store.Execute(
                $"COPY (SELECT c.run_id, c.pos, k.key, c.value, r.commit, r.fork, r.benchmark, r.commit_date, r.flags, {Partition} " +
                $"FROM counters c JOIN keys k USING (key_id) JOIN runs r USING (run_id) ORDER BY c.run_id, c.pos) " +
                $"TO {Literal(Path.Combine(temp, "counters"))} (FORMAT parquet, PARTITION_BY (year, month, flags))");
            store.Execute(
                $"COPY (SELECT * EXCLUDE (document_id), {Partition} FROM runs ORDER BY run_id) " +
                $"TO {Literal(Path.Combine(temp, "runs"))} (FORMAT parquet, PARTITION_BY (year, month, flags))");
            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }

            Directory.Move(temp, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new HistoryStoreException($"{directory}: cannot write the export: {e.Message}");
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        var files = Directory.EnumerateFiles(target, "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var rows = files.Select(f => new ReportRow(new TextCell(Path.GetRelativePath(target, f)), new CountCell(new FileInfo(f).Length))).ToList();
        long counters = store.Scalar<long>("SELECT count(*) FROM counters");
        long runs = store.Scalar<long>("SELECT count(*) FROM runs");
        return new HistoryReport(
            $"Parquet export to {directory}",
            [$"{runs} runs and {counters} counters in {files.Count} files. Read with: SELECT * FROM read_parquet('{directory}/counters/**/*.parquet', hive_partitioning = true)"],
            new ReportTable("files", [ReportColumn.Left("File"), ReportColumn.Right("Bytes")], rows));
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the temporary directory is ours and hidden; the error above matters more.
        }
    }
}
