using System.CommandLine;
using PyStats.Model;
using PyStats.Parsing;
using PyStats.Report.Building;
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
    private readonly Option<bool> _details = new("--details") { Description = "Each benchmark's whole comparison instead of its headline (one-page formats)." };
    private readonly CommonOptions _common = new();
    private readonly AnalysisOptions _analysis = new();

    public Command Create(CliEnvironment env) => CliApp.Subcommand(
        "suite",
        "Compare a benchmark suite: an index, the aggregate, and each benchmark's headline (--format html -o DIR: one page per benchmark).",
        env,
        result => Execute(result, env),
        [_base, _head, _details, .. _common.All(), .. _analysis.All()]);

    private int Execute(ParseResult result, CliEnvironment env)
    {
        string format = _common.ValidatedFormat(result);
        string? output = result.GetValue(_common.Output);
        var target = _common.OutputPath(result, format);
        string basePath = result.GetValue(_base)!;
        string headPath = result.GetValue(_head)!;

        target = target with { IsDirectory = target.IsDirectory || IsPageDirectory(format, output) };
        OutputGuard.Check(env, [basePath, headPath, result.GetValue(_analysis.Rules)], [basePath, headPath], target);

        // Then the benchmarks, listed (not read), for those a list file names elsewhere.
        var baseInputs = FindBenchmarks(basePath);
        var headInputs = FindBenchmarks(headPath);
        OutputGuard.Check(env, [.. baseInputs.Select(b => b.Path), .. headInputs.Select(b => b.Path)], target);
        var options = _common.ReportOptions(result, env) with { Rules = _analysis.Load(result) };
        var loadOptions = _common.LoadOptions(result);
        var (baseSide, headSide) = Load(baseInputs, headInputs, loadOptions, env);
        VersionWarning.Print(baseSide.Concat(headSide).Select(b => b.Data), env);
        if (IsPageDirectory(format, output))
        {
            WritePages(baseSide, headSide, options, output!);
            return ExitCodes.Ok;
        }

        var suite = SuiteReportBuilder.Build(baseSide, headSide, options);
        OutputFormats.Write(format, _common.Filter(result, suite.Document(result.GetValue(_details))), output, env);
        return ExitCodes.Ok;
    }

    /// <summary>The benchmarks of one side, with a side that cannot be listed (or is one JSON file) said in one line.</summary>
    private static IReadOnlyList<BenchmarkInput> FindBenchmarks(string side)
    {
        if (side.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && File.Exists(side))
        {
            throw new StatsInputException($"{side}: a JSON file, not a suite side: give a directory of benchmark JSON files or raw-counter subdirectories, or a text file listing them (to compare two runs: pystats compare A B)");
        }

        try
        {
            return SuiteInputs.Find(side);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StatsInputException($"{side}: cannot list the benchmarks: {e.Message}");
        }
    }

    /// <summary>Each page written atomically; the directory and its bench/ made as needed.</summary>
    private static void WritePages(List<(string Name, StatsData Data)> baseSide, List<(string Name, StatsData Data)> headSide, ReportOptions options, string directory)
    {
        if (File.Exists(directory))
        {
            throw new OutputException($"{directory}: cannot write the suite pages: it is a file; give a directory, or a FILE.html for one page");
        }

        try
        {
            Directory.CreateDirectory(Path.Combine(directory, SuitePages.BenchDirectory));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"{directory}: cannot write the suite pages: {e.Message}");
        }

        SuitePages.Write(baseSide, headSide, options, (path, write) => OutputTarget.WriteFile(Path.Combine(directory, path), write, "the suite page"));
    }

    /// <summary>HTML into a directory (an existing one, or a path not ending in .html/.htm): one page per benchmark.</summary>
    private static bool IsPageDirectory(string format, string? output) =>
        string.Equals(format, OutputFormats.Html, StringComparison.OrdinalIgnoreCase)
        && output is not null && output != "-"
        && (Directory.Exists(output) || !(output.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || output.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Both sides' files loaded on every core; warnings printed in input order, base first.</summary>
    private static (List<(string Name, StatsData Data)> Base, List<(string Name, StatsData Data)> Head) Load(
        IReadOnlyList<BenchmarkInput> baseInputs, IReadOnlyList<BenchmarkInput> headInputs, LoadOptions options, CliEnvironment env)
    {
        var all = baseInputs.Concat(headInputs).ToList();
        var loaded = SuiteParallel.Map(all.Count, i => StatsLoader.Load(all[i].Path, options));
        foreach (var l in loaded)
        {
            InputLoader.PrintWarnings(l.Warnings, env);
        }

        var sides = all.Select((b, i) => (b.Name, loaded[i].Data)).ToList();
        return (sides[..baseInputs.Count], sides[baseInputs.Count..]);
    }
}
