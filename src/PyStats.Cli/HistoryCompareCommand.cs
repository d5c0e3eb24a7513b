using System.CommandLine;
using PyStats.History.Queries;
using PyStats.History.Store;
using PyStats.Report.Building;

namespace PyStats.Cli;

/// <summary>
/// <c>history compare RUN RUN</c>: the comparison report of two stored runs, made by the same
/// report path as <c>pystats BASE HEAD</c> on the original files, with the same options.
/// </summary>
public sealed class HistoryCompareCommand
{
    private readonly Argument<string> _base = new("base") { Description = "The base run: its id (history runs) or COMMIT[/FLAGS]." };
    private readonly Argument<string> _head = new("head") { Description = "The head run: its id or COMMIT[/FLAGS]." };
    private readonly Option<bool> _extended = new("--extended") { Description = "The extended report: significant changes, sanity checks, pair tables, other counters." };
    private readonly Option<string?> _database = new HistoryOptions().Database;
    private readonly CommonOptions _common = new();
    private readonly AnalysisOptions _analysis = new();

    public Command Create(CliEnvironment env) => CliApp.Subcommand(
        "compare",
        "Print the comparison of two stored runs, exactly as comparing their original files prints it.",
        env,
        result => HistoryOptions.Run(() => Execute(result, env)),
        [_base, _head, _database, _extended, .. _common.All(), .. _analysis.All()]);

    private int Execute(ParseResult result, CliEnvironment env)
    {
        string format = _common.ValidatedFormat(result);
        var loadOptions = _common.LoadOptions(result);
        var reportOptions = _common.ReportOptions(result, env) with { Extended = result.GetValue(_extended), Rules = _analysis.Load(result) };
        using var store = HistoryStore.OpenForReading(PyStats.History.Output.HistoryDefaults.Database(result.GetValue(_database), env.GetVariable));
        var runs = new[] { RunReference.Resolve(store, result.GetValue(_base)!), RunReference.Resolve(store, result.GetValue(_head)!) };
        var inputs = new StoredRunLoader(store).Load(runs, loadOptions);
        var document = _common.Filter(result, ReportBuilder.Build(inputs, reportOptions));
        OutputFormats.Write(format, document, result.GetValue(_common.Output), env);
        return ExitCodes.Ok;
    }
}
