using System.CommandLine;
using System.Globalization;
using PyStats.History.Queries;
using PyStats.History.Store;

namespace PyStats.Cli;

/// <summary><c>history changes</c>: the largest step changes between consecutive runs of a series.</summary>
public sealed class HistoryChangesCommand
{
    private readonly Option<string?> _top = new("--top") { Description = "How many changes to list (default 20).", HelpName = "N" };
    private readonly HistoryOptions _history = new();
    private readonly AnalysisOptions _analysis = new();

    public Command Create(CliEnvironment env) => CliApp.Subcommand(
        "changes",
        "The largest changes between consecutive runs of the same fork/flags/benchmark, ranked like the significant changes of a comparison, each with the command that compares the two runs.",
        env,
        result => HistoryOptions.Run(() => Execute(result, env)),
        [_top, .. _analysis.All(), .. _history.Common(), .. _history.Filters()]);

    private int Execute(ParseResult result, CliEnvironment env)
    {
        int top = 20;
        if (result.GetValue(_top) is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out top) || top < 1))
        {
            throw new UsageException($"--top '{text}': expected a number of rows of at least 1");
        }

        var filter = _history.Filter(result);
        var rules = _analysis.Load(result);
        string database = _history.DatabasePath(result, env);
        return _history.Query(result, env, store => ChangesReport.Build(store, filter, rules, top, database));
    }
}
