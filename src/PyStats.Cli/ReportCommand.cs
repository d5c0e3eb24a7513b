using System.CommandLine;
using PyStats.Numbers;
using PyStats.Report.Building;
using PyStats.Serialization;

namespace PyStats.Cli;

/// <summary>
/// The bare form, a drop-in for CPython's summarize_stats.py: no input reads the default
/// directory, one input prints its report, two print the comparison (base, head).
/// </summary>
public sealed class ReportCommand
{
    private readonly Argument<string[]> _inputs = new("inputs")
    {
        Description = "Directories of raw counter files or merged JSON files (default: /tmp/py_stats/). One prints its report; two print a comparison of base and head.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string?> _jsonOutput = new("--json-output") { Description = "Also write the merged counters to FILE as JSON (one input only; '-' is stdout).", HelpName = "FILE" };

    private readonly Option<bool> _extended = new("--extended") { Description = "The extended report: significant changes, sanity checks, pair tables in comparisons, other counters, no 'N / 0 !!'." };

    private readonly Option<bool> _listDialects = new("--list-dialects") { Description = "List the revisions of CPython's report script that --dialect accepts (name, date, what changed) and exit." };

    private readonly CommonOptions _common = new();
    private readonly AnalysisOptions _analysis = new();

    public void AddTo(RootCommand root, CliEnvironment env)
    {
        root.Arguments.Add(_inputs);
        root.Options.Add(_jsonOutput);
        root.Options.Add(_extended);
        root.Options.Add(_listDialects);
        _common.AddTo(root);
        root.Options.Add(_analysis.Rules);
        root.SetAction(result => CliApp.Guard(env, () => Execute(result, env)));
    }

    private int Execute(ParseResult result, CliEnvironment env)
    {
        if (result.GetValue(_listDialects))
        {
            DialectList.Write(env.Out);
            return ExitCodes.Ok;
        }

        string format = _common.ValidatedFormat(result);
        var paths = result.GetValue(_inputs) is { Length: > 0 } given ? given : [InputLoader.DefaultDirectory];
        string? jsonOutput = result.GetValue(_jsonOutput);
        if (jsonOutput is not null && paths.Length != 1)
        {
            throw new UsageException("--json-output needs exactly one input");
        }

        if (paths.Length > 2)
        {
            throw new UsageException($"{Plural.Of(paths.Length, "input")} given; the report takes one (a report) or two (base and head)");
        }

        string? output = result.GetValue(_common.Output);
        if (jsonOutput == OutputTarget.StandardOutput && output is null or OutputTarget.StandardOutput)
        {
            throw new UsageException("--json-output - and the report would both go to stdout: give the report a file with -o FILE");
        }

        OutputGuard.Check(
            env,
            [.. paths, result.GetValue(_analysis.Rules)],
            [_common.OutputPath(result, format), .. jsonOutput is null ? [] : new[] { new OutputPath("--json-output", jsonOutput) }]);
        var loadOptions = _common.LoadOptions(result);
        var reportOptions = _common.ReportOptions(result, env) with { Extended = result.GetValue(_extended), Rules = _analysis.Load(result) };
        var inputs = InputLoader.LoadAll(paths, loadOptions, env);
        VersionWarning.Print(inputs, env);
        if (jsonOutput is not null)
        {
            OutputTarget.Write(jsonOutput, env, writer => MergedJsonWriter.Write(inputs[0], writer), "the JSON output");
        }

        var document = _common.Filter(result, ReportBuilder.Build(inputs, reportOptions));
        OutputFormats.Write(format, document, output, env);
        return ExitCodes.Ok;
    }
}
