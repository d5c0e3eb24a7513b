namespace PyStats.History.Store;

/// <summary>
/// What is known about a run besides its counters: where it comes from in a pipeline (fork,
/// branch, commit, commit date, flags, CPython version, machine, benchmark) and a free label.
/// Every field but the flags and benchmark may be unknown.
/// </summary>
public sealed record RunDescription
{
    /// <summary>The flags value of a default build (no configure flags).</summary>
    public const string DefaultFlags = "default";

    /// <summary>The benchmark value of a run that merges the whole suite.</summary>
    public const string AllBenchmarks = "all";

    public string? Label { get; init; }

    public string? Fork { get; init; }

    public string? Branch { get; init; }

    public string? Commit { get; init; }

    /// <summary>The commit date, with the offset it was given in.</summary>
    public DateTimeOffset? CommitDate { get; init; }

    /// <summary>The commit date as the source wrote it (ISO 8601 with offset, or the file name's YYYYMMDD).</summary>
    public string? CommitDateText { get; init; }

    public string Flags { get; init; } = DefaultFlags;

    /// <summary>CPython's version as the pipeline names it (<c>3.13.0a6+</c>), else the detected one (<c>3.13</c>).</summary>
    public string? PythonVersion { get; init; }

    public string? Machine { get; init; }

    public string? Arch { get; init; }

    public string Benchmark { get; init; } = AllBenchmarks;
}
