using PyStats.IO;
using PyStats.Model;
using PyStats.Numbers;
using PyStats.Parsing;

namespace PyStats.Cli;

/// <summary>
/// Loads the inputs of a command, printing load warnings to stderr, and a progress line while a
/// large directory loads when stderr is a terminal (never otherwise; stdout is never touched).
/// </summary>
public static class InputLoader
{
    private const int MaxWarningsShown = 50;

    public static string DefaultDirectory => OperatingSystem.IsWindows() ? "c:\\temp\\py_stats\\" : "/tmp/py_stats/";

    public static List<StatsData> LoadAll(IReadOnlyList<string> paths, LoadOptions options, CliEnvironment env)
    {
        if (paths.Count(p => p == StatsLoader.StandardInputName) > 1)
        {
            throw new UsageException("'-' (standard input) can be given only once");
        }

        options = options with { StandardInput = env.StandardInput ?? Console.OpenStandardInput };
        var result = new List<StatsData>(paths.Count);
        foreach (string path in paths)
        {
            if (path is "/dev/stdin" or "/dev/fd/0" or "/proc/self/fd/0" && PathIdentity.IsOwnPipe(0))
            {
                throw new StatsInputException($"{path}: standard input is closed (or a pipe that this process itself holds open): nothing to read");
            }

            LoadResult loaded;
            if (env.ErrorIsTerminal && options.Progress is null)
            {
                using var progress = new ProgressDisplay(env.Error, path);
                loaded = StatsLoader.Load(path, options with { Progress = progress.Report });
            }
            else
            {
                loaded = StatsLoader.Load(path, options);
            }

            PrintWarnings(loaded.Warnings, env);
            var data = loaded.Data;
            if (env.NameOf(path) is var name && name != path)
            {
                // A path standing for a non-UTF-8 argument: reports name the file as given.
                data = new StatsData(name, data.Kind, data.Counters, data.Metadata, data.CPythonVersion) { Pipeline = data.Pipeline };
            }

            result.Add(data);
        }

        return result;
    }

    public static void PrintWarnings(IReadOnlyList<LoadWarning> warnings, CliEnvironment env)
    {
        foreach (var warning in warnings.Take(MaxWarningsShown))
        {
            env.Error.WriteLine(MessageText.Escape($"pystats: warning: {warning}"));
        }

        if (warnings.Count > MaxWarningsShown)
        {
            env.Error.WriteLine($"pystats: warning: {Plural.Of(warnings.Count - MaxWarningsShown, "more warning")} not shown");
        }
    }
}
