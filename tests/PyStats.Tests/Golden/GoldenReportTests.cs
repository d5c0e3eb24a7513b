using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Golden;

/// <summary>Byte-for-byte parity with CPython's script on every case of the corpus and samples.</summary>
public sealed class GoldenReportTests
{
    public static TheoryData<GoldenCase> Singles() => new(GoldenCases.SingleReports());

    public static TheoryData<GoldenCase> Comparisons() => new(GoldenCases.Comparisons());

    [Fact]
    public void Corpus_is_present_and_has_cases()
    {
        Assert.True(Directory.Exists(RepoPaths.Corpus), $"parity corpus not found at {RepoPaths.Corpus}");
        Assert.Contains(GoldenCases.SingleReports(), c => c.Name.StartsWith("corpus/", StringComparison.Ordinal));
        Assert.Contains(GoldenCases.Comparisons(), c => c.Name.StartsWith("corpus/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Singles))]
    public void Single_report_is_byte_identical(GoldenCase golden) => AssertMatches(golden);

    [Theory]
    [MemberData(nameof(Comparisons))]
    public void Comparison_is_byte_identical(GoldenCase golden) => AssertMatches(golden);

    private static void AssertMatches(GoldenCase golden)
    {
        var run = CliRun.Invoke([.. golden.Inputs]);
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}");
        string expected = File.ReadAllText(golden.Expected);
        GoldenAssert.Identical(expected, run.Out, golden.Name);
    }
}
