using PyStats.Model;
using PyStats.Numbers;

namespace PyStats.Cli;

/// <summary>
/// One warning when the runs being compared were written by different CPython versions: their
/// instruction sets differ, so instructions found on one side only are not changes.
/// </summary>
public static class VersionWarning
{
    private const int SourcesNamed = 3;

    public static void Print(IEnumerable<StatsData> inputs, CliEnvironment env)
    {
        // An input without counters says nothing about its version.
        var byVersion = inputs
            .Where(d => d.CPythonVersion is not null && d.Counters.Keys.Any(k => k != CounterNames.FileCount))
            .GroupBy(d => d.CPythonVersion!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        if (byVersion.Count < 2)
        {
            return;
        }

        string versions = string.Join(" and ", byVersion.Select(Describe));
        env.Error.WriteLine($"pystats: warning: comparing data of different CPython versions: {versions}; instructions found in one version only are version differences, not changes");
    }

    private static string Describe(IGrouping<string, StatsData> group)
    {
        var sources = group.Select(d => d.Source).ToList();
        string named = string.Join(", ", sources.Take(SourcesNamed));
        return sources.Count > SourcesNamed
            ? $"{group.Key} ({named} and {Plural.Of(sources.Count - SourcesNamed, "more input")})"
            : $"{group.Key} ({named})";
    }
}
