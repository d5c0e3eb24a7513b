using PyStats.Model;
using PyStats.Parsing;

namespace PyStats.Cli;

/// <summary>Loads the inputs of a command, printing load warnings to stderr.</summary>
public static class InputLoader
{
    private const int MaxWarningsShown = 50;

    public static string DefaultDirectory => OperatingSystem.IsWindows() ? "c:\\temp\\py_stats\\" : "/tmp/py_stats/";

    public static List<StatsData> LoadAll(IReadOnlyList<string> paths, LoadOptions options, CliEnvironment env)
    {
        var result = new List<StatsData>(paths.Count);
        foreach (string path in paths)
        {
            var loaded = StatsLoader.Load(path, options);
            PrintWarnings(loaded.Warnings, env);
            result.Add(loaded.Data);
        }

        return result;
    }

    private static void PrintWarnings(IReadOnlyList<LoadWarning> warnings, CliEnvironment env)
    {
        foreach (var warning in warnings.Take(MaxWarningsShown))
        {
            env.Error.WriteLine($"pystats: warning: {warning}");
        }

        if (warnings.Count > MaxWarningsShown)
        {
            env.Error.WriteLine($"pystats: warning: {warnings.Count - MaxWarningsShown} more unparsable lines not shown");
        }
    }
}
