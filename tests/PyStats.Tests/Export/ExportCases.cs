using PyStats.Model;
using PyStats.Parsing;
using PyStats.Report.Building;
using PyStats.Report.Model;
using PyStats.Tests.Golden;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Export;

/// <summary>Every golden case (single reports and comparisons), and its report model built in-process.</summary>
public static class ExportCases
{
    public static TheoryData<GoldenCase> All() => new(GoldenCases.SingleReports().Concat(GoldenCases.Comparisons()));

    public static ReportDocument Build(GoldenCase golden) => Build(golden.Inputs);

    public static ReportDocument Build(IReadOnlyList<string> inputs)
    {
        var data = inputs.Select(path => StatsLoader.Load(path, new LoadOptions()).Data).ToList<StatsData>();
        return ReportBuilder.Build(data, new ReportOptions { Date = new DateOnly(2025, 12, 8) });
    }

    /// <summary>The tables of a report, depth first, in document order.</summary>
    public static IEnumerable<ReportTable> Tables(ReportDocument document) => document.Sections.SelectMany(TablesIn);

    public static CliRun Run(GoldenCase golden, params string[] options) => CliRun.Invoke([.. golden.Inputs, .. options]);

    private static IEnumerable<ReportTable> TablesIn(ReportSection section) =>
        section.Parts.SelectMany(part => part switch
        {
            ReportTable table => [table],
            ReportSection child => TablesIn(child),
            _ => Enumerable.Empty<ReportTable>(),
        });
}
