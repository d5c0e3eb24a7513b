using System.CommandLine;
using PyStats.Rendering.Text;
using PyStats.Report.Building;

namespace PyStats.Cli;

/// <summary>
/// <c>pystats check BASE HEAD [--rules FILE]</c>: a CI gate. Prints the significant changes,
/// reports sanity problems on stderr, and exits 3 when a rule marked as failing trips.
/// </summary>
public sealed class CheckCommand
{
    private readonly Argument<string> _base = new("base") { Description = "The base run (raw-counter directory or JSON file)." };
    private readonly Argument<string> _head = new("head") { Description = "The head run." };
    private readonly CommonOptions _common = new(withFormat: false);

    private readonly Option<string?> _format = new("--format", "-f") { Description = "Write the whole extended comparison in this format instead of the list of changes.", HelpName = "FORMAT" };
    private readonly AnalysisOptions _analysis = new();

    public Command Create(CliEnvironment env) => CliApp.Subcommand(
        "check",
        "Exit with status 3 when a change between BASE and HEAD trips a failing rule (for CI).",
        env,
        result => Execute(result, env),
        [_base, _head, .. _common.All(), .. _analysis.All(), _format]);

    private int Execute(ParseResult result, CliEnvironment env)
    {
        if (result.GetValue(_format) is { } requested)
        {
            OutputFormats.Validate(requested);
        }

        OutputGuard.Check(
            env,
            [result.GetValue(_base), result.GetValue(_head), result.GetValue(_analysis.Rules)],
            new OutputPath("-o", result.GetValue(_common.Output), IsDirectory: string.Equals(result.GetValue(_format), OutputFormats.Csv, StringComparison.OrdinalIgnoreCase)));
        var rules = _analysis.Load(result);
        var options = _common.ReportOptions(result, env) with { Extended = true, Rules = rules };
        var inputs = InputLoader.LoadAll([result.GetValue(_base)!, result.GetValue(_head)!], _common.LoadOptions(result), env);
        VersionWarning.Print(inputs, env);
        var document = ReportBuilder.Build(inputs, options);
        foreach (var issue in document.SanityIssues)
        {
            env.Error.WriteLine($"pystats: warning: sanity check: {issue}");
        }

        if (result.GetValue(_format) is { } format)
        {
            OutputFormats.Write(format, _common.Filter(result, document), result.GetValue(_common.Output), env);
        }
        else
        {
            OutputTarget.Write(result.GetValue(_common.Output), env, writer => CheckReport.Write(document, rules, writer));
        }

        return document.Findings.Any(f => f.Failing) ? ExitCodes.CheckFailed : ExitCodes.Ok;
    }
}
