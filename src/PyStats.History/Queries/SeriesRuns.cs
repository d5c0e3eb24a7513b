using PyStats.History.Store;

namespace PyStats.History.Queries;

/// <summary>Runs grouped into series (same fork, flags and benchmark), each in commit-date order.</summary>
public static class SeriesRuns
{
    public static List<(string Series, List<(RunRecord Run, T Data)> Runs)> Group<T>(IReadOnlyList<RunRecord> runs, IReadOnlyList<T> data)
    {
        return runs.Select((run, i) => (Run: run, Data: data[i]))
            .GroupBy(p => p.Run.Series, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.OrderBy(p => p.Run.Description.CommitDate ?? new DateTimeOffset(p.Run.IngestedAt)).ThenBy(p => p.Run.RunId).ToList()))
            .ToList();
    }
}
