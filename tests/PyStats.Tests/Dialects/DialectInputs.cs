using PyStats.Model;
using PyStats.Rendering.Markdown;
using PyStats.Report.Building;

namespace PyStats.Tests.Dialects;

/// <summary>Minimal inputs for the dialect rules: a few counters, optionally a pipeline commit date.</summary>
internal static class DialectInputs
{
    public static StatsData Data(IEnumerable<(string Key, long Value)> counters, string? commitDate = null, string? version = "3.13") =>
        new("x.json", InputKind.Json, new CounterSet(counters.Select(c => new KeyValuePair<string, Int128>(c.Key, c.Value)).Append(new(CounterNames.FileCount, 1))), StatsMetadata.Empty, version)
        {
            Pipeline = commitDate is null ? null : new PipelineInfo("abc1234", "python", "main", DateTimeOffset.Parse(commitDate, System.Globalization.CultureInfo.InvariantCulture)),
        };

    public static string Markdown(ReportDialect dialect, params StatsData[] inputs) =>
        new MarkdownRenderer().Render(ReportBuilder.Build(inputs, new ReportOptions { Date = new DateOnly(2024, 6, 1), Dialect = dialect }));

    /// <summary>A Tier 2 build's optimizer counters.</summary>
    public static readonly (string, long)[] Tier2 =
    [
        ("Optimization attempts", 10), ("Optimization traces created", 4), ("Optimization trace too short", 3),
        ("Optimization optimizer attempts", 4), ("Optimization optimizer successes", 2),
        ("uops[_NOP].execution_count", 7), ("uops[_NOP].pair_count[_NOP]", 5),
    ];
}
