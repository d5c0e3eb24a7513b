using PyStats.Model;

namespace PyStats.History.Ingest;

/// <summary>One thing to ingest as one run: a JSON file, a raw counter file or a raw directory.</summary>
/// <param name="Path">Full path.</param>
/// <param name="Flags">The flags of the pipeline run folder it sits in, if any.</param>
public sealed record IngestCandidate(string Path, InputKind Kind, PipelineName? Name, string? Flags);
