using System.CommandLine;
using PyStats.History.Queries;
using PyStats.History.Store;

namespace PyStats.Cli;

/// <summary><c>history trend METRIC</c>: a metric per run over time.</summary>
public sealed class HistoryTrendCommand
{
    private readonly Argument<string> _metric = new("metric") { Description = "A metric of the significant changes (family-hit-ratio, family-miss-ratio, family-deferred-ratio, instruction-share, effectiveness, total-instructions, tier2-optimization-attempts, tier2-traces-created, tier2-traces-executed, tier2-uops-executed, rare-event) or a counter key." };
    private readonly Option<string?> _subject = new("--subject") { Description = "The family, instruction, effectiveness part or rare event (PREFIX* allowed).", HelpName = "NAME" };
    private readonly HistoryOptions _history = new();

    public Command Create(CliEnvironment env) => CliApp.Subcommand(
        "trend",
        "A metric per run over time, one series per fork/flags, with the change from the previous run of the series.",
        env,
        result => HistoryOptions.Run(() => Execute(result, env)),
        [_metric, _subject, .. _history.Common(), .. _history.Filters()]);

    private int Execute(ParseResult result, CliEnvironment env)
    {
        var filter = _history.Filter(result);
        return _history.Query(result, env, store => TrendReport.Build(store, result.GetValue(_metric)!, result.GetValue(_subject), filter));
    }
}
