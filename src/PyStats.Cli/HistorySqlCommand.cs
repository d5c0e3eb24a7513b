using System.CommandLine;
using PyStats.History.Queries;
using PyStats.History.Store;

namespace PyStats.Cli;

/// <summary><c>history sql "SELECT …"</c>: a read-only SQL query over the store.</summary>
public sealed class HistorySqlCommand
{
    private readonly Argument<string> _query = new("query") { Description = "The SQL query (DuckDB dialect); tables runs, counters, keys, metadata_documents, view counter_values." };
    private readonly HistoryOptions _history = new();

    public Command Create(CliEnvironment env) => CliApp.Subcommand(
        "sql",
        "Run a read-only SQL query over the store.",
        env,
        result => HistoryOptions.Run(() => Execute(result, env)),
        [_query, .. _history.Common()]);

    private int Execute(ParseResult result, CliEnvironment env) =>
        _history.Query(result, env, store => SqlReport.Build(store, result.GetValue(_query)!));
}
