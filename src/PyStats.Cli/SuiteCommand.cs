using System.CommandLine;
using PyStats.Model;
using PyStats.Parsing;
using PyStats.Suite;

namespace PyStats.Cli;

/// <summary>
/// <c>pystats suite BASE HEAD</c>: compares a whole benchmark suite, benchmark by benchmark
/// (matched by name), with an index of headline figures and the aggregate of all benchmarks.
/// </summary>
public sealed class SuiteCommand
{
    private readonly Argument<string> _base = new("base") { Description = "Directory of per-benchmark JSON files (or raw-counter subdirectories), or a text file listing them." };
    private readonly Argument<string> _head = new("head") { Description = "The same for the head side." };
    private readonly CommonOptions _common = new();
    private readonly AnalysisOptions _analysis = new();

    public Command Create(CliEnvironment env) => CliApp.Subcommand(
        "suite",
        "Compare a benchmark suite: one comparison per benchmark (matched by name), an index, and the aggregate.",
        env,
        result => Execute(result, env),
        [_base, _head, .. _common.All(), .. _analysis.All()]);

    private int Execute(ParseResult result, CliEnvironment env)
    {
        string format = _common.ValidatedFormat(result);
        var options = _common.ReportOptions(result, env) with { Rules = _analysis.Load(result) };
        var loadOptions = _common.LoadOptions(result);
        var baseSide = Load(SuiteInputs.Find(result.GetValue(_base)!), loadOptions, env);
        var headSide = Load(SuiteInputs.Find(result.GetValue(_head)!), loadOptions, env);
        var document = SuiteReportBuilder.Build(baseSide, headSide, options);
        OutputFormats.Write(format, _common.Filter(result, document), result.GetValue(_common.Output), env);
        return ExitCodes.Ok;
    }

    private static List<(string Name, StatsData Data)> Load(IReadOnlyList<BenchmarkInput> benchmarks, LoadOptions options, CliEnvironment env)
    {
        var data = InputLoader.LoadAll(benchmarks.Select(b => b.Path).ToList(), options, env);
        return benchmarks.Select((b, i) => (b.Name, data[i])).ToList();
    }
}
