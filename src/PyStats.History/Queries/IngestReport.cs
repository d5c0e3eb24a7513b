using PyStats.History.Ingest;
using PyStats.History.Output;

namespace PyStats.History.Queries;

/// <summary>What <c>history ingest</c> prints: the runs it added or replaced, and a summary line.</summary>
public static class IngestReport
{
    public static HistoryReport Build(string database, IngestResult result)
    {
        string summary = $"{result.Inputs} inputs: {result.Added.Count} added, {result.Replaced.Count} replaced (changed), "
            + $"{result.Unchanged} already stored, {result.Warnings.Count(w => w.EndsWith("; skipped", StringComparison.Ordinal))} skipped.";
        var replaced = result.Replaced.Select(r => r.RunId).ToHashSet();
        var runs = result.Added.Concat(result.Replaced).OrderBy(r => r.RunId).ToList();
        return new HistoryReport($"Ingested into {Path.GetFileName(database)}", [summary], RunsReport.Table(runs, "Status", r => replaced.Contains(r.RunId) ? "replaced" : "added"));
    }
}
