using PyStats.History.Store;

namespace PyStats.History.Ingest;

/// <summary>
/// <c>history ingest</c>: finds the runs under the given paths, skips content already stored
/// (by hash), replaces a run whose file changed, and writes the rest in one transaction, so an
/// interrupted ingest leaves the store as it was. Inputs are read and parsed in parallel, a batch
/// at a time (memory stays bounded on large trees); a bad input is a warning and the rest goes in.
/// </summary>
public sealed class Ingestor
{
    private const int BatchSize = 16;

    private readonly HistoryStore _store;

    public Ingestor(HistoryStore store) => _store = store;

    /// <summary>Called after each input with the number done and in all.</summary>
    public Action<int, int>? Progress { get; init; }

    public IngestResult Ingest(IReadOnlyList<string> paths, IngestOverrides overrides)
    {
        var warnings = new List<string>();
        var candidates = IngestDiscovery.Find(paths, warnings);
        var known = new HashSet<string>(StringComparer.Ordinal);
        var byPath = new Dictionary<string, (int RunId, string Hash)>(StringComparer.Ordinal);
        using (var command = _store.Command("SELECT content_hash, source_path, run_id FROM runs"))
        using (var reader = _store.Wrap(() => command.ExecuteReader()))
        {
            while (reader.Read())
            {
                known.Add(reader.GetString(0));
                byPath[reader.GetString(1)] = (reader.GetInt32(2), reader.GetString(0));
            }
        }

        var added = new List<RunRecord>();
        var replaced = new List<RunRecord>();
        bool removed = false;
        int unchanged = 0;
        int done = 0;
        var preparer = new RunPreparer(overrides);
        using var transaction = _store.Connection.BeginTransaction();
        RunWriter? writer = null;
        foreach (var batch in candidates.Chunk(BatchSize))
        {
            var outcomes = new RunPreparer.Outcome[batch.Length];
            Parallel.For(0, batch.Length, i =>
            {
                outcomes[i] = preparer.Prepare(batch[i], known.Contains);
                Progress?.Invoke(Interlocked.Increment(ref done), candidates.Count);
            });

            var toWrite = new List<PreparedRun>();
            var reuse = new Dictionary<PreparedRun, int>();
            for (int i = 0; i < outcomes.Length; i++)
            {
                var outcome = outcomes[i];
                warnings.AddRange(outcome.LoadWarnings);
                if (outcome.Warning is { } warning)
                {
                    warnings.Add(warning);
                }
                else if (outcome.Run is not { } run || !known.Add(run.Hash))
                {
                    // Already stored, or the same content twice in this ingest.
                    unchanged++;
                    string path = batch[i].Path;
                    if (outcome.Hash is { } hash && byPath.TryGetValue(path, out var stale) && stale.Hash != hash)
                    {
                        // The file changed into content another run already holds: its old run no
                        // longer describes it, and a second copy of the other run would count twice.
                        writer ??= new RunWriter(_store, KeyDictionary.Load(_store));
                        writer.Remove(stale.RunId);
                        byPath.Remove(path);
                        removed = true;
                        warnings.Add($"{path}: now holds the same content as another stored run; its old run {stale.RunId} was removed");
                    }
                }
                else
                {
                    // Made when first needed: an ingest of nothing new reads no keys.
                    writer ??= new RunWriter(_store, KeyDictionary.Load(_store));
                    if (byPath.TryGetValue(run.Candidate.Path, out var old))
                    {
                        writer.Remove(old.RunId);
                        reuse[run] = old.RunId;
                    }

                    toWrite.Add(run);
                }
            }

            if (writer is null)
            {
                continue;
            }

            foreach (var record in writer.Write(toWrite, reuse))
            {
                (byPath.ContainsKey(record.SourcePath) ? replaced : added).Add(record);
                byPath[record.SourcePath] = (record.RunId, record.ContentHash);
            }
        }

        if (replaced.Count > 0 || removed)
        {
            writer!.RemoveUnusedDocuments();
        }

        RunMetrics.Write(_store, [.. added, .. replaced]);

        transaction.Commit();
        if (added.Count + replaced.Count > 0)
        {
            // Compresses the new rows into the file now, instead of leaving them in the write-ahead log.
            _store.Execute("CHECKPOINT");
        }

        return new IngestResult(added, replaced, unchanged, warnings, candidates.Count);
    }
}
