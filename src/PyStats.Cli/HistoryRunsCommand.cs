using System.CommandLine;
using PyStats.History.Queries;
using PyStats.History.Store;

namespace PyStats.Cli;

/// <summary><c>history runs</c>: the stored runs, newest first.</summary>
public sealed class HistoryRunsCommand
{
    private readonly HistoryOptions _history = new();

    public Command Create(CliEnvironment env) => CliApp.Subcommand(
        "runs",
        "List the stored runs, newest commit first.",
        env,
        result => HistoryOptions.Run(() => Execute(result, env)),
        [.. _history.Common(), .. _history.Filters()]);

    private int Execute(ParseResult result, CliEnvironment env)
    {
        var filter = _history.Filter(result);
        return _history.Query(result, env, store => RunsReport.Build(store, filter));
    }
}
