using PyStats.Model;
using PyStats.Parsing;

namespace PyStats.History.Store;

/// <summary>
/// Makes the <see cref="StatsData"/> of stored runs: the counters in their original order and the
/// metadata members the original file had, handed to the same <see cref="StatsLoader.WithMetadata"/>
/// that loading the file uses (embedded pieces win; the rest from --cpython-source, or the
/// built-in tables). So a report of stored runs is the report of the original files.
/// </summary>
public sealed class StoredRunLoader
{
    private readonly HistoryStore _store;
    private readonly Dictionary<int, JsonStatsReader.Result> _documents = new();

    public StoredRunLoader(HistoryStore store) => _store = store;

    /// <summary>The runs, with only the counters that meet <paramref name="condition"/> when one is given.</summary>
    public List<StatsData> Load(IReadOnlyList<RunRecord> runs, LoadOptions options, KeyCondition? condition = null)
    {
        var keys = KeyDictionary.Load(_store, condition);
        var counters = CounterReader.Load(_store, keys, runs.Select(r => r.RunId).ToList(), condition);
        return runs.Select(run => Build(run, counters[run.RunId], options)).ToList();
    }

    private StatsData Build(RunRecord run, CounterSet counters, LoadOptions options)
    {
        var kind = run.Kind switch
        {
            "json" => InputKind.Json,
            "raw-directory" => InputKind.RawDirectory,
            _ => InputKind.RawFile,
        };
        JsonStatsReader.Result? json = kind == InputKind.Json ? Document(run) with { Counters = counters } : null;
        return StatsLoader.WithMetadata(run.SourcePath, kind, counters, json, options);
    }

    /// <summary>The run's metadata members (and its pipeline "metadata" member), read as the original file's were.</summary>
    /// <remarks>
    /// Runs share a few documents: each is parsed once per query and only the run's own pipeline
    /// member is read per run (it was the last member of the file, so it adds to the document's
    /// pieces and replaces none of them).
    /// </remarks>
    private JsonStatsReader.Result Document(RunRecord run)
    {
        JsonStatsReader.Result? document = null;
        if (run.DocumentId is { } id && !_documents.TryGetValue(id, out document))
        {
            string text = _store.Scalar<string>("SELECT document FROM metadata_documents WHERE document_id = ?", id)
                ?? throw new HistoryStoreException($"{_store.Path}: run {run.RunId}: its metadata document {id} is missing");
            document = MetadataDocument.Read(text, null, run.SourcePath);
            _documents[id] = document;
        }

        var pipeline = run.PipelineMetadata is null ? null : MetadataDocument.Read(null, run.PipelineMetadata, run.SourcePath).Pipeline;
        return document is null
            ? new JsonStatsReader.Result(CounterSet.Empty, null, null, null) { Pipeline = pipeline }
            : document with { Pipeline = pipeline };
    }
}
