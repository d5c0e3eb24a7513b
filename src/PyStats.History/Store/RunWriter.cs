using PyStats.History.Ingest;

namespace PyStats.History.Store;

/// <summary>
/// Appends prepared runs to the store (DuckDB appenders: rows go straight into columnar storage).
/// Counters keep their order through the <c>pos</c> column; keys and metadata documents go into
/// their dictionaries once. The caller holds the transaction.
/// </summary>
public sealed class RunWriter
{
    private readonly HistoryStore _store;
    private readonly KeyDictionary _keys;
    private readonly Dictionary<string, int> _documents = new(StringComparer.Ordinal);
    private int _nextRunId;
    private int _nextDocumentId;

    public RunWriter(HistoryStore store, KeyDictionary keys)
    {
        _store = store;
        _keys = keys;
        _nextRunId = store.Scalar<int>("SELECT coalesce(max(run_id), 0) + 1 FROM runs");
        _nextDocumentId = store.Scalar<int>("SELECT coalesce(max(document_id), 0) + 1 FROM metadata_documents");
        using var command = store.Command("SELECT hash, document_id FROM metadata_documents");
        using var reader = store.Wrap(() => command.ExecuteReader());
        while (reader.Read())
        {
            _documents[reader.GetString(0)] = reader.GetInt32(1);
        }
    }

    /// <summary>Removes a run that is about to be written again (its file changed), keeping its id.</summary>
    public void Remove(int runId)
    {
        _store.Execute("DELETE FROM counters WHERE run_id = ?", runId);
        RunMetrics.Remove(_store, runId);
        _store.Execute("DELETE FROM runs WHERE run_id = ?", runId);
    }

    /// <summary>Drops metadata documents no run refers to any more.</summary>
    public void RemoveUnusedDocuments() =>
        _store.Execute("DELETE FROM metadata_documents WHERE document_id NOT IN (SELECT document_id FROM runs WHERE document_id IS NOT NULL)");

    /// <summary>Writes the runs; <paramref name="reuseIds"/> gives the id of a run that replaces an older one.</summary>
    public List<RunRecord> Write(IReadOnlyList<PreparedRun> runs, IReadOnlyDictionary<PreparedRun, int> reuseIds)
    {
        var records = new List<RunRecord>(runs.Count);
        var newDocuments = new List<(int Id, string Hash, string Text)>();
        DateTime now = DateTime.UtcNow;
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
        foreach (var run in runs)
        {
            int? documentId = null;
            if (run.MetadataDocument is { } document)
            {
                string hash = Ingest.ContentHash.Of(System.Text.Encoding.UTF8.GetBytes(document));
                if (!_documents.TryGetValue(hash, out int id))
                {
                    id = _nextDocumentId++;
                    _documents[hash] = id;
                    newDocuments.Add((id, hash, document));
                }

                documentId = id;
            }

            int runId = reuseIds.TryGetValue(run, out int reused) ? reused : _nextRunId++;
            records.Add(new RunRecord(
                runId, run.Candidate.Path, run.Hash, Kind(run.Candidate.Kind), run.Bytes, run.Description,
                (long)run.Counters.Get(PyStats.Model.CounterNames.FileCount), run.Counters.Count, now, documentId, run.PipelineMetadataJson));
        }

        AppendCounters(runs, records);
        AppendKeys();
        AppendDocuments(newDocuments);
        AppendRuns(records);
        return records;
    }

    public static string Kind(PyStats.Model.InputKind kind) => kind switch
    {
        PyStats.Model.InputKind.Json => "json",
        PyStats.Model.InputKind.RawDirectory => "raw-directory",
        _ => "raw-file",
    };

    private void AppendCounters(IReadOnlyList<PreparedRun> runs, List<RunRecord> records)
    {
        using var appender = _store.Wrap(() => _store.Connection.CreateAppender("counters"));
        for (int r = 0; r < runs.Count; r++)
        {
            int runId = records[r].RunId;
            var keys = runs[r].Counters.Keys;
            var values = runs[r].Counters.Values;
            for (int i = 0; i < keys.Count; i++)
            {
                appender.CreateRow()
                    .AppendValue(runId)
                    .AppendValue(i)
                    .AppendValue(_keys.IdOf(keys[i]))
                    .AppendValue((ulong)values[i])
                    .EndRow();
            }
        }
    }

    private void AppendKeys()
    {
        using var appender = _store.Wrap(() => _store.Connection.CreateAppender("keys"));
        foreach (var (id, key) in _keys.TakeAdded())
        {
            appender.CreateRow().AppendValue(id).AppendValue(key).EndRow();
        }
    }

    private void AppendDocuments(List<(int Id, string Hash, string Text)> documents)
    {
        using var appender = _store.Wrap(() => _store.Connection.CreateAppender("metadata_documents"));
        foreach (var (id, hash, text) in documents)
        {
            appender.CreateRow().AppendValue(id).AppendValue(hash).AppendValue(text).EndRow();
        }
    }

    private void AppendRuns(List<RunRecord> records)
    {
        using var appender = _store.Wrap(() => _store.Connection.CreateAppender("runs"));
        foreach (var r in records)
        {
            var d = r.Description;
            appender.CreateRow()
                .AppendValue(r.RunId)
                .AppendValue(r.SourcePath)
                .AppendValue(r.ContentHash)
                .AppendValue(r.Kind)
                .AppendValue(r.Bytes)
                .AppendValue(d.Label)
                .AppendValue(d.Fork)
                .AppendValue(d.Branch)
                .AppendValue(d.Commit)
                .AppendValue(d.CommitDate?.UtcDateTime)
                .AppendValue(d.CommitDateText)
                .AppendValue(d.Flags)
                .AppendValue(d.PythonVersion)
                .AppendValue(d.Machine)
                .AppendValue(d.Arch)
                .AppendValue(d.Benchmark)
                .AppendValue(r.FileCount)
                .AppendValue(r.CounterCount)
                .AppendValue(r.IngestedAt)
                .AppendValue(r.DocumentId)
                .AppendValue(r.PipelineMetadata)
                .EndRow();
        }
    }
}
