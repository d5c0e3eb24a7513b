using System.CommandLine;
using PyStats.Numbers;
using PyStats.Parsing;
using PyStats.Report.Building;

namespace PyStats.Cli;

/// <summary>
/// <c>pystats compare A B [C …]</c>: the extended comparison of any number of runs, one column
/// per run and the change of each against the first, with nothing left out.
/// </summary>
public sealed class CompareCommand
{
    private readonly Argument<string[]> _inputs = new("inputs")
    {
        Description = "Runs to compare (raw-counter directories or JSON files); the first is the base.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string[]> _labels = new("--label") { Description = "Column label of each run, in order (default: from the paths).", HelpName = "NAME", AllowMultipleArgumentsPerToken = false };

    private readonly CommonOptions _common = new();
    private readonly AnalysisOptions _analysis = new();

    public Command Create(CliEnvironment env) => CliApp.Subcommand(
        "compare",
        "Compare two or more runs: every table, one column per run, changes against the first, significant changes first.",
        env,
        result => Execute(result, env),
        [_inputs, _labels, .. _common.All(), .. _analysis.All()]);

    private int Execute(ParseResult result, CliEnvironment env)
    {
        string format = _common.ValidatedFormat(result);
        var paths = result.GetValue(_inputs)!;
        if (paths.Length < 2)
        {
            throw new UsageException("compare needs at least two runs (the first is the base)");
        }

        OutputGuard.Check(env, [.. paths, result.GetValue(_analysis.Rules)], _common.OutputPath(result, format));
        var labels = result.GetValue(_labels) is { Length: > 0 } given ? given : InputLabels.FromPaths([.. paths.Select(env.NameOf)]);
        if (labels.FirstOrDefault(l => l.Trim().Length == 0) is { } blank)
        {
            throw new UsageException($"--label {MessageText.Quote(blank)}: a label cannot be blank");
        }

        if (labels.Count != paths.Length)
        {
            throw new UsageException($"{Plural.Of(labels.Count, "label")} for {Plural.Of(paths.Length, "run")}: give one --label per run");
        }

        var options = _common.ReportOptions(result, env) with { Extended = true, Labels = labels, Rules = _analysis.Load(result) };
        var inputs = InputLoader.LoadAll(paths, _common.LoadOptions(result), env);
        VersionWarning.Print(inputs, env);
        var document = ReportBuilder.Build(inputs, options);
        OutputFormats.Write(format, _common.Filter(result, document), result.GetValue(_common.Output), env);
        return ExitCodes.Ok;
    }
}
