using System.CommandLine;
using PyStats.History.Queries;
using PyStats.History.Store;

namespace PyStats.Cli;

/// <summary><c>history export --parquet DIR</c>: the store as partitioned Parquet.</summary>
public sealed class HistoryExportCommand
{
    private readonly Option<string?> _parquet = new("--parquet") { Description = "Write Parquet files into this new directory, partitioned by year, month and flags.", HelpName = "DIR" };
    private readonly HistoryOptions _history = new();

    public Command Create(CliEnvironment env) => CliApp.Subcommand(
        "export",
        "Export the store as Parquet (hive-partitioned by year/month/flags), readable by DuckDB, Spark, Trino or pandas.",
        env,
        result => HistoryOptions.Run(() => Execute(result, env)),
        [_parquet, .. _history.Common()]);

    private int Execute(ParseResult result, CliEnvironment env)
    {
        string directory = result.GetValue(_parquet) ?? throw new UsageException("export needs --parquet DIR");
        return _history.Query(result, env, store => ParquetExport.Export(store, directory));
    }
}
