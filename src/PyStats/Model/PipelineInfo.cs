namespace PyStats.Model;

/// <summary>
/// What a benchmark pipeline wrote about the build in a JSON's <c>"metadata"</c> member
/// (bench_runner: <c>commit_id</c>, <c>commit_fork</c>, <c>commit_branch</c>, <c>commit_date</c>).
/// Not counters; used to tell which revision of the summarizer printed the build's report.
/// </summary>
public sealed record PipelineInfo(string? CommitId, string? CommitFork, string? CommitBranch, DateTimeOffset? CommitDate)
{
    /// <summary>The commit date as text, as the JSON gave it (for messages).</summary>
    public string? CommitDateText { get; init; }
}
