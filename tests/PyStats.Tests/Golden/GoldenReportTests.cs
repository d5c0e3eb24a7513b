using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Golden;

/// <summary>Byte-for-byte parity with CPython's script on every case of the corpus and samples.</summary>
public sealed class GoldenReportTests : IClassFixture<ParityCensus>
{
    public static TheoryData<GoldenCase> Singles() => new(GoldenCases.SingleReports());

    public static TheoryData<GoldenCase> Comparisons() => new(GoldenCases.Comparisons());

    [Fact]
    public void The_repository_holds_its_own_parity_cases()
    {
        Assert.True(Directory.Exists(RepoPaths.Corpus), $"parity cases not found at {RepoPaths.Corpus}");
        Assert.Contains(GoldenCases.SingleReports(), c => c.Name.StartsWith("corpus/cpython-3.13/", StringComparison.Ordinal));
        Assert.Contains(GoldenCases.SingleReports(), c => c.Name.StartsWith("corpus/cpython-3.15/", StringComparison.Ordinal));
        Assert.Contains(GoldenCases.Comparisons(), c => c.Name.StartsWith("corpus/", StringComparison.Ordinal));
        Assert.Contains(GoldenCases.JsonOutputs(), c => c.Raw.StartsWith(RepoPaths.Corpus, StringComparison.Ordinal));
    }

    [Fact]
    public void A_case_found_in_two_places_runs_once()
    {
        var names = GoldenCases.SingleReports().Concat(GoldenCases.Comparisons()).Select(c => c.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        var fingerprints = GoldenCases.SingleReports().Select(c => CaseFingerprint.Of(c.Expected, c.Inputs)).ToList();
        Assert.Equal(fingerprints.Count, fingerprints.Distinct(StringComparer.Ordinal).Count());

        // samples/ is copied from the corpus: its cases are found, counted, and not run again.
        var samples = GoldenCases.Census().Single(c => c.Root.Label == "samples");
        Assert.True(samples.Repeated > 0, samples.ToString());
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
