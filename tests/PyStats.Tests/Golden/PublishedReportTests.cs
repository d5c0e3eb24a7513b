using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Golden;

/// <summary>
/// Every report a pipeline published reproduces byte for byte from its JSON, with the summarizer
/// revision chosen from the data alone (no <c>--dialect</c>); only the date is the report's own.
/// </summary>
public sealed class PublishedReportTests
{
    public static TheoryData<PublishedCase> Cases() => new(PublishedCases.All());

    [Fact]
    public void The_in_repo_copies_are_discovered()
    {
        var names = PublishedCases.All().Select(c => c.Name).ToList();
        Assert.Contains("published/bm-20240402-3.13.0a4+-5555ef4-PYTHON_UOPS single", names);
        Assert.Contains("published/bm-20240615-3.14.0a0-3330a62-JIT vs base", names);
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Published_report_is_byte_identical(PublishedCase published)
    {
        string expected = published.ExpectedText();
        var run = CliRun.Invoke([.. published.Inputs, "--date", PublishedCase.DateOf(expected)]);
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}");
        GoldenAssert.Identical(expected, run.Out, published.Name);
    }
}
