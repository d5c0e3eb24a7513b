namespace PyStats.Model;

/// <summary>One loaded data set: merged counters plus the metadata that labels them.</summary>
public sealed class StatsData
{
    public StatsData(string source, InputKind kind, CounterSet counters, StatsMetadata metadata, string? cpythonVersion)
    {
        Source = source;
        Kind = kind;
        Counters = counters;
        Metadata = metadata;
        CPythonVersion = cpythonVersion;
    }

    /// <summary>The path the data was read from, as the user gave it.</summary>
    public string Source { get; }

    public InputKind Kind { get; }

    public CounterSet Counters { get; }

    public StatsMetadata Metadata { get; }

    /// <summary>The CPython version the built-in metadata was chosen for ("3.13", "3.15"), if any.</summary>
    public string? CPythonVersion { get; }

    /// <summary>The pipeline's <c>"metadata"</c> member of a JSON input, when it has one.</summary>
    public PipelineInfo? Pipeline { get; init; }

    /// <summary>Number of raw files merged (the <c>__nfiles__</c> pseudo-counter), 0 when absent.</summary>
    public Int128 FileCount => Counters.Get(CounterNames.FileCount);
}
