using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;

namespace PyStats.History.Store;

/// <summary>
/// The history database: one DuckDB file (no server). Opening it checks that it is a DuckDB file
/// at all, that it is a pystats store, and that its schema is not newer than this build; an older
/// schema is migrated. Every failure is one <see cref="HistoryStoreException"/> naming the file.
/// </summary>
public sealed partial class HistoryStore : IDisposable
{
    private HistoryStore(string path, DuckDBConnection connection, bool writable)
    {
        Path = path;
        Connection = connection;
        Writable = writable;
    }

    public string Path { get; }

    public DuckDBConnection Connection { get; }

    public bool Writable { get; }

    /// <summary>Opens the store for ingesting, creating it when the file does not exist.</summary>
    public static HistoryStore OpenForWriting(string path)
    {
        StoreFile.CheckIsDuckDb(path);
        string? directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new HistoryStoreException($"{path}: cannot create the history store: the directory '{directory}' does not exist");
        }

        var store = new HistoryStore(path, Connect(path, readOnly: false), writable: true);
        try
        {
            store.PrepareSchema();
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Opens an existing store for queries; other readers may have it open at the same time.</summary>
    public static HistoryStore OpenForReading(string path)
    {
        if (!File.Exists(path))
        {
            StoreFile.CheckIsDuckDb(path);
            throw new HistoryStoreException($"{path}: no history store here; make one with 'pystats history ingest PATH…' (or give --db FILE or set PYSTATS_DB)");
        }

        StoreFile.CheckIsDuckDb(path);
        var store = new HistoryStore(path, Connect(path, readOnly: true), writable: false);
        try
        {
            int version = store.SchemaVersion();
            if (version < StoreSchema.Current)
            {
                // Upgrading needs a writable connection, once; then read as asked.
                store.Dispose();
                OpenForWriting(path).Dispose();
                store = new HistoryStore(path, Connect(path, readOnly: true), writable: false);
                store.SchemaVersion();
            }

            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public DuckDBCommand Command(string sql, params object?[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (object? value in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(value ?? DBNull.Value));
        }

        return command;
    }

    public int Execute(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        return Wrap(() => command.ExecuteNonQuery());
    }

    public T? Scalar<T>(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        object? value = Wrap(() => command.ExecuteScalar());
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a DuckDB call, turning its errors into one line naming the store.</summary>
    public T Wrap<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (DuckDBException e)
        {
            throw new HistoryStoreException($"{Path}: {StoreFile.FirstLine(e.Message)}", e);
        }
    }

    public void Dispose() => Connection.Dispose();

    private static DuckDBConnection Connect(string path, bool readOnly)
    {
        DuckDbLibrary.EnsureResolver();
        var builder = new DuckDBConnectionStringBuilder { DataSource = path };
        if (readOnly)
        {
            builder["ACCESS_MODE"] = "READ_ONLY";
        }

        DuckDBConnection? connection = null;
        try
        {
            connection = new DuckDBConnection(builder.ConnectionString);
            connection.Open();
            return connection;
        }
        catch (DuckDBException e)
        {
            connection?.Dispose();
            throw new HistoryStoreException(OpenFailure(path, e.Message), e);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException
                                  || (e is TypeInitializationException { InnerException: DllNotFoundException }))
        {
            connection?.Dispose();
            throw new HistoryStoreException(DuckDbLibrary.NotFoundMessage(e), e);
        }
    }

    private static string OpenFailure(string path, string message)
    {
        if (message.Contains("Could not set lock", StringComparison.Ordinal) || message.Contains("Conflicting lock", StringComparison.Ordinal))
        {
            string holder = LockHolder().Match(message) is { Success: true } m ? $" ({m.Value})" : string.Empty;
            return $"{path}: the history store is locked by another process{holder}; try again when it has finished";
        }

        return $"{path}: cannot open the history store: {StoreFile.FirstLine(message)}";
    }

    [GeneratedRegex(@"PID \d+")]
    private static partial Regex LockHolder();

    private bool HasTable(string name) =>
        Scalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ?", name) > 0;

    /// <summary>The schema version of an existing store; refuses foreign and newer databases.</summary>
    private int SchemaVersion()
    {
        // The common case first, in one query: information_schema is slow to ask in DuckDB, and
        // every query command opens the store.
        int? recorded = null;
        try
        {
            recorded = Scalar<int>($"SELECT coalesce(max(version), 0) FROM {StoreSchema.VersionTable}");
        }
        catch (HistoryStoreException)
        {
            // No version table: a new store, or a database that is not ours (told apart below).
        }

        if (recorded is > 0 and var known && known <= StoreSchema.Current)
        {
            return known;
        }

        if (!HasTable(StoreSchema.VersionTable))
        {
            long tables = Scalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main'");
            if (tables > 0)
            {
                throw new HistoryStoreException($"{Path}: a DuckDB database, but not a pystats history store (it has no {StoreSchema.VersionTable} table); it was left untouched");
            }

            return 0;
        }

        int version = Scalar<int>($"SELECT coalesce(max(version), 0) FROM {StoreSchema.VersionTable}");
        if (version > StoreSchema.Current)
        {
            throw new HistoryStoreException($"{Path}: history store schema version {version} is newer than this pystats understands (version {StoreSchema.Current}); use a newer pystats");
        }

        return version;
    }

    private void PrepareSchema()
    {
        int version = SchemaVersion();
        if (version == StoreSchema.Current)
        {
            return;
        }

        using var transaction = Connection.BeginTransaction();
        for (int next = version + 1; next <= StoreSchema.Current; next++)
        {
            foreach (string statement in StoreSchema.Migrations[next - 1])
            {
                Execute(statement);
            }

            Execute($"INSERT INTO {StoreSchema.VersionTable} VALUES (?, current_timestamp::TIMESTAMP)", next);
        }

        if (version > 0 && version < StoreSchema.RunMetricsVersion)
        {
            RunMetrics.Backfill(this);
        }

        transaction.Commit();
    }

    /// <summary>Test hook: makes a store of an older schema version (only its first migrations).</summary>
    internal static void CreateAtVersion(string path, int version)
    {
        using var store = new HistoryStore(path, Connect(path, readOnly: false), writable: true);
        for (int next = 1; next <= version; next++)
        {
            foreach (string statement in StoreSchema.Migrations[next - 1])
            {
                store.Execute(statement);
            }

            store.Execute($"INSERT INTO {StoreSchema.VersionTable} VALUES (?, current_timestamp::TIMESTAMP)", next);
        }
    }
}
