namespace PyStats.History.Store;

/// <summary>
/// The store's tables, as a list of migrations: migration N brings a store from schema version
/// N − 1 to N. A new store runs them all; an older one runs the ones it lacks, in one transaction.
/// </summary>
/// <remarks>
/// Counters are stored once per run as (run, position, key id, value) with the key text in a
/// dictionary table: sorted by run and position, DuckDB compresses the run and position columns
/// to almost nothing and the values with bit-packing. The define tables and specialized
/// instruction list, identical for most runs, are kept once per distinct document.
/// </remarks>
public static class StoreSchema
{
    /// <summary>The schema version this build writes and reads.</summary>
    public static int Current => Migrations.Count;

    public const string VersionTable = "pystats_schema";

    /// <summary>The version that added <see cref="RunMetrics.Table"/>: migrating past it measures the stored runs.</summary>
    public const int RunMetricsVersion = 3;

    public static IReadOnlyList<string[]> Migrations { get; } =
    [
        // 1: runs, counters, key dictionary, metadata documents.
        [
            $"CREATE TABLE {VersionTable} (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)",
            "CREATE TABLE keys (key_id INTEGER NOT NULL, key VARCHAR NOT NULL)",
            "CREATE TABLE metadata_documents (document_id INTEGER NOT NULL, hash VARCHAR NOT NULL, document VARCHAR NOT NULL)",
            """
            CREATE TABLE runs (
                run_id INTEGER NOT NULL,
                source_path VARCHAR NOT NULL,
                content_hash VARCHAR NOT NULL,
                kind VARCHAR NOT NULL,
                bytes BIGINT NOT NULL,
                label VARCHAR,
                fork VARCHAR,
                branch VARCHAR,
                commit VARCHAR,
                commit_date TIMESTAMP,
                commit_date_text VARCHAR,
                flags VARCHAR NOT NULL,
                python_version VARCHAR,
                machine VARCHAR,
                arch VARCHAR,
                benchmark VARCHAR NOT NULL,
                file_count BIGINT NOT NULL,
                counter_count INTEGER NOT NULL,
                ingested_at TIMESTAMP NOT NULL,
                document_id INTEGER,
                pipeline_metadata VARCHAR
            )
            """,
            "CREATE TABLE counters (run_id INTEGER NOT NULL, pos INTEGER NOT NULL, key_id INTEGER NOT NULL, value UBIGINT NOT NULL)",
        ],

        // 2: a view for SQL users: counters with their key text.
        [
            "CREATE VIEW counter_values AS SELECT c.run_id, c.pos, k.key, c.value FROM counters c JOIN keys k USING (key_id)",
        ],

        // 3: every run measured once (RunMetrics); a store from before is measured when migrated.
        [
            $"CREATE TABLE {RunMetrics.Table} (run_id INTEGER NOT NULL, seq INTEGER NOT NULL, metric VARCHAR NOT NULL, subject VARCHAR NOT NULL, part HUGEINT NOT NULL, whole HUGEINT)",
        ],
    ];
}
