using PyStats.Model;
using PyStats.Parsing;
using PyStats.Rendering.Markdown;
using PyStats.Report.Building;
using PyStats.Tests.Golden;

namespace PyStats.Tests.Report;

/// <summary>Renamed or missing counters (format changes in new CPython versions) never crash the report.</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var c in GoldenCases.SingleReports().Where(c => c.Name.StartsWith("corpus/", StringComparison.Ordinal) && !c.Name.EndsWith("expected.json", StringComparison.Ordinal)))
        {
            data.Add(c.Inputs[0]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Reports_build_with_random_counters_removed(string input)
    {
        var full = StatsLoader.Load(input, new LoadOptions()).Data;
        for (int seed = 0; seed < 12; seed++)
        {
            var random = new Random(seed);
            double keep = 0.1 + (seed % 4) * 0.25;
            var counters = new CounterSet(full.Counters.Items.Where(_ => random.NextDouble() < keep));
            var data = new StatsData(input, full.Kind, counters, full.Metadata, full.CPythonVersion);
            var single = ReportBuilder.Build([data], new ReportOptions());
            var compared = ReportBuilder.Build([full, data], new ReportOptions());
            Assert.NotEmpty(new MarkdownRenderer().Render(single));
            Assert.NotEmpty(new MarkdownRenderer().Render(compared));
        }
    }

    [Fact]
    public void A_report_of_unrelated_counters_still_has_every_section()
    {
        var data = new StatsData("x", InputKind.Json, new CounterSet([new("Something new in 3.99", 5)]), StatsMetadata.Empty, null);
        var document = ReportBuilder.Build([data], new ReportOptions());
        Assert.Equal(
            ["Execution counts", "Pair counts", "Predecessor/Successor Pairs", "Specialization stats", "Specialization effectiveness", "Call stats", "Object stats", "GC stats", "Optimization (Tier 2) stats", "Rare events", "Meta stats"],
            document.Sections.Select(s => s.Title));
    }
}
