using PyStats.History.Store;

namespace PyStats.History.Ingest;

/// <summary>What an ingest did: runs added or replaced (a changed file), inputs already stored, and problems.</summary>
public sealed record IngestResult(
    IReadOnlyList<RunRecord> Added,
    IReadOnlyList<RunRecord> Replaced,
    int Unchanged,
    IReadOnlyList<string> Warnings,
    int Inputs);
