using System.Data.Common;
using System.Globalization;
using PyStats.History.Queries;

namespace PyStats.History.Store;

/// <summary>Reads run rows from the store.</summary>
public static class RunCatalog
{
    /// <summary>The columns <see cref="Query"/> expects, in order.</summary>
    public const string ColumnList =
        "run_id, source_path, content_hash, kind, bytes, label, fork, branch, commit, commit_date, commit_date_text, flags, " +
        "python_version, machine, arch, benchmark, file_count, counter_count, ingested_at, document_id, pipeline_metadata";

    /// <summary>The runs that pass <paramref name="filter"/>, newest commit first.</summary>
    public static List<RunRecord> Load(HistoryStore store, RunFilter filter)
    {
        var (where, parameters) = filter.ToSql();
        return Query(store, $"SELECT {ColumnList} FROM runs WHERE {where} ORDER BY coalesce(commit_date, ingested_at) DESC, run_id DESC", parameters);
    }

    public static RunRecord? Find(HistoryStore store, int runId) =>
        Query(store, $"SELECT {ColumnList} FROM runs WHERE run_id = ?", [runId]).FirstOrDefault();

    public static List<RunRecord> Query(HistoryStore store, string sql, IReadOnlyList<object?> parameters)
    {
        using var command = store.Command(sql, [.. parameters]);
        using var reader = store.Wrap(() => command.ExecuteReader());
        var runs = new List<RunRecord>();
        while (reader.Read())
        {
            runs.Add(Read(reader));
        }

        return runs;
    }

    private static RunRecord Read(DbDataReader r)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        string? dateText = Text(10);
        DateTimeOffset? commitDate = null;
        if (!r.IsDBNull(9))
        {
            var utc = DateTime.SpecifyKind(r.GetDateTime(9), DateTimeKind.Utc);
            commitDate = dateText is not null && DateTimeOffset.TryParse(dateText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact) && exact.UtcDateTime == utc
                ? exact
                : new DateTimeOffset(utc);
        }

        var description = new RunDescription
        {
            Label = Text(5),
            Fork = Text(6),
            Branch = Text(7),
            Commit = Text(8),
            CommitDate = commitDate,
            CommitDateText = dateText,
            Flags = r.GetString(11),
            PythonVersion = Text(12),
            Machine = Text(13),
            Arch = Text(14),
            Benchmark = r.GetString(15),
        };
        return new RunRecord(
            r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4), description,
            r.GetInt64(16), r.GetInt32(17), DateTime.SpecifyKind(r.GetDateTime(18), DateTimeKind.Utc),
            r.IsDBNull(19) ? null : r.GetInt32(19), Text(20));
    }
}
