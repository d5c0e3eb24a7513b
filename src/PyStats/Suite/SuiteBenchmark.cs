using PyStats.Model;
using PyStats.Report.Model;

namespace PyStats.Suite;

/// <summary>
/// One benchmark on both sides of a suite: its data and its summary (the headline of its
/// comparison, with all its significant changes in <see cref="ReportDocument.Findings"/>).
/// </summary>
public sealed record SuiteBenchmark(string Name, StatsData Base, StatsData Head, ReportDocument Summary)
{
    /// <summary>The model id of the benchmark's section in a one-page suite report.</summary>
    public string SectionId => PyStats.Report.Building.ReportBuilder.Slug("Benchmark " + Name);
}
