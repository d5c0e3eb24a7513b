using System.CommandLine;
using PyStats.Merging;
using PyStats.Numbers;
using PyStats.Serialization;

namespace PyStats.Cli;

/// <summary>
/// <c>pystats merge INPUT… -o merged.json</c>: sums raw-counter directories and JSON files of one
/// CPython version into one merged JSON file (e.g. the runs of several machines).
/// </summary>
public sealed class MergeCommand
{
    private readonly Argument<string[]> _inputs = new("inputs") { Description = "Raw-counter directories and merged JSON files to add up.", Arity = ArgumentArity.OneOrMore };
    private readonly Option<string> _output = new("--output", "-o") { Description = "The merged JSON file to write (atomically; '-' is stdout).", HelpName = "FILE", Required = true };
    private readonly Option<string?> _cpythonSource = new("--cpython-source") { Description = "Read metadata for raw inputs from this CPython checkout.", HelpName = "DIR" };
    private readonly Option<string?> _cpythonVersion = new("--cpython-version") { Description = "Use the built-in metadata of this CPython version for raw inputs.", HelpName = "X.Y" };

    public Command Create(CliEnvironment env) => CliApp.Subcommand(
        "merge",
        "Add up several runs of the same CPython version into one merged JSON file.",
        env,
        result => Execute(result, env),
        [_inputs, _output, _cpythonSource, _cpythonVersion]);

    private int Execute(ParseResult result, CliEnvironment env)
    {
        string output = result.GetValue(_output)!;
        string? version = CommonOptions.KnownVersion(result.GetValue(_cpythonVersion));
        OutputGuard.Check(env, result.GetValue(_inputs)!, new OutputPath("-o", output));
        var inputs = InputLoader.LoadAll(result.GetValue(_inputs)!, new PyStats.Parsing.LoadOptions { CPythonSource = result.GetValue(_cpythonSource), CPythonVersion = version }, env);
        var merged = StatsMerger.Merge(inputs, output);
        if (!StatsMerger.SameMetadata(inputs))
        {
            env.Error.WriteLine($"pystats: warning: the inputs carry different metadata; the merged file keeps that of {inputs[0].Source}");
        }

        OutputTarget.Write(output, env, writer => MergedJsonWriter.Write(merged, writer), "the merged JSON");

        env.Error.WriteLine($"pystats: merged {Plural.Of(inputs.Count, "input")} ({Plural.Of(merged.FileCount, "data file")}, {Plural.Of(merged.Counters.Count, "counter")}) into {output}");
        return ExitCodes.Ok;
    }
}
