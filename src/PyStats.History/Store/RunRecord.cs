namespace PyStats.History.Store;

/// <summary>One stored run: its row of the <c>runs</c> table.</summary>
public sealed record RunRecord(
    int RunId,
    string SourcePath,
    string ContentHash,
    string Kind,
    long Bytes,
    RunDescription Description,
    long FileCount,
    int CounterCount,
    DateTime IngestedAt,
    int? DocumentId,
    string? PipelineMetadata)
{
    /// <summary>Short commit hash for tables (the first 7 characters), or "-".</summary>
    public string ShortCommit => Description.Commit is { Length: > 0 } c ? c[..Math.Min(7, c.Length)] : "-";

    /// <summary>The commit date as YYYY-MM-DD (in its own offset), or "-".</summary>
    public string Day => Description.CommitDate is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "-";

    /// <summary>Fork/flags[/benchmark]: the series a run belongs to over time.</summary>
    public string Series
    {
        get
        {
            string series = $"{Description.Fork ?? "-"}/{Description.Flags}";
            return Description.Benchmark == RunDescription.AllBenchmarks ? series : $"{series}/{Description.Benchmark}";
        }
    }
}
