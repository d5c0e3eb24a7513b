using PyStats.History.Store;
using PyStats.Model;

namespace PyStats.History.Ingest;

/// <summary>A parsed input ready to be written as one run.</summary>
public sealed record PreparedRun(
    IngestCandidate Candidate,
    string Hash,
    long Bytes,
    CounterSet Counters,
    string? MetadataDocument,
    RunDescription Description,
    string? PipelineMetadataJson);
