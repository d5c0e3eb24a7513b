using PyStats.Report.Building;

namespace PyStats.Tests.Dialects;

/// <summary>How the revision is chosen from a JSON's commit date, its counters and its version.</summary>
public sealed class DialectChoiceTests
{
    [Theory]
    [InlineData("2024-03-29T21:23:28+01:00", "optimizer-table")]
    [InlineData("2024-04-15T11:27:16-07:00", "inline-values")]
    [InlineData("2024-04-16T00:30:00+02:00", "inline-values")] // 2024-04-15 in UTC
    [InlineData("2024-04-16T14:27:18+01:00", "uop-pairs")]
    [InlineData("2024-06-29T10:00:00+00:00", "uop-pairs")]
    public void A_single_report_uses_the_revision_of_its_commit_date(string commitDate, string expected)
    {
        var choice = DialectDetector.Detect([DialectInputs.Data([], commitDate)], new DateOnly(2026, 1, 1));
        Assert.Equal(expected, choice.Dialect.Name);
        Assert.StartsWith("metadata.commit_date ", choice.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_counter_only_older_builds_print_moves_a_branch_back()
    {
        var choice = DialectDetector.ForBuild(DialectInputs.Data([("Object new values", 1)], "2024-05-01T00:00:00Z"));
        Assert.Equal("optimizer-table", choice.Dialect.Name);
        Assert.Contains("Object new values", choice.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_counter_only_newer_builds_print_moves_a_build_forward()
    {
        Assert.Equal("inline-values", DialectDetector.ForBuild(DialectInputs.Data([("Object inline values", 1)], "2024-03-01T00:00:00Z")).Dialect.Name);
    }

    [Fact]
    public void A_tier2_build_without_the_remove_globals_counters_predates_the_optimizer_table()
    {
        Assert.Equal("3.13a4", DialectDetector.ForBuild(DialectInputs.Data(DialectInputs.Tier2, "2024-04-02T13:14:22+01:00")).Dialect.Name);
        var newer = DialectInputs.Data([.. DialectInputs.Tier2, ("Optimizer remove globals builtins changed", 0)], "2024-03-30T12:00:00Z");
        Assert.Equal("optimizer-table", DialectDetector.ForBuild(newer).Dialect.Name);
    }

    [Fact]
    public void A_branch_only_counter_chooses_that_branchs_script()
    {
        var choice = DialectDetector.ForBuild(DialectInputs.Data([("Binary specialization failure[785]", 1)], "2024-04-04T12:38:32+01:00"));
        Assert.Same(ReportDialects.BinaryOpFailures, choice.Dialect);
    }

    [Fact]
    public void A_build_never_gets_a_revision_newer_than_its_versions_branch()
    {
        Assert.Same(ReportDialects.Python313, DialectDetector.ForBuild(DialectInputs.Data([], "2026-01-01T00:00:00Z", "3.13")).Dialect);
        Assert.Same(ReportDialects.Python315, DialectDetector.ForBuild(DialectInputs.Data([], "2026-01-01T00:00:00Z", "3.15")).Dialect);
    }

    [Theory]
    [InlineData("3.13", "3.13")]
    [InlineData("3.14", "3.13")]
    [InlineData("3.15", "3.15")]
    public void Without_a_commit_date_the_version_decides(string version, string expected)
    {
        var choice = DialectDetector.ForBuild(DialectInputs.Data([], null, version));
        Assert.Equal(expected, choice.Dialect.Name);
        Assert.Equal($"CPython version {version}", choice.Reason);
    }

    [Fact]
    public void A_comparison_of_pipeline_results_uses_mains_script_of_the_report_date()
    {
        var oldBase = DialectInputs.Data([("Object new values", 1)], "2024-03-29T00:00:00Z");
        var head = DialectInputs.Data([("Object new values", 1)], "2024-04-02T00:00:00Z");
        Assert.Equal("inline-values", DialectDetector.Detect([oldBase, head], new DateOnly(2024, 4, 3)).Dialect.Name);
        Assert.Equal("uop-pairs", DialectDetector.Detect([oldBase, head], new DateOnly(2024, 4, 17)).Dialect.Name);
    }

    [Fact]
    public void A_comparison_without_pipeline_metadata_uses_the_newest_inputs_revision()
    {
        var choice = DialectDetector.Detect([DialectInputs.Data([], null, "3.13"), DialectInputs.Data([], null, "3.15")], new DateOnly(2024, 1, 1));
        Assert.Same(ReportDialects.Python315, choice.Dialect);
    }

    [Theory]
    [InlineData("inline-values", "inline-values")]
    [InlineData("3.14", "3.13")]
    [InlineData("2024-04-15", "inline-values")]
    [InlineData("2024-06-15", "uop-pairs")]
    [InlineData("2030-01-01", "3.15")]
    public void Dialect_option_takes_a_name_a_version_or_a_date(string text, string expected)
    {
        Assert.True(ReportDialectNames.TryParse(text, out var dialect));
        Assert.Equal(expected, dialect.Name);
    }

    [Theory]
    [InlineData("3.11")]
    [InlineData("4")]
    [InlineData("2024-13-01")]
    [InlineData("latest")]
    public void Dialect_option_refuses_anything_else(string text) => Assert.False(ReportDialectNames.TryParse(text, out _));

    [Fact]
    public void Revisions_are_in_date_order_and_each_changes_something()
    {
        var main = ReportDialects.Mainline;
        for (int i = 1; i < main.Count; i++)
        {
            Assert.True(main[i - 1].Date < main[i].Date, $"{main[i - 1].Name} before {main[i].Name}");
            Assert.NotEqual(Output(main[i - 1]), Output(main[i]));
        }

        Assert.Equal(ReportDialects.All.Count, ReportDialects.All.Select(d => d.Name).Distinct().Count());
    }

    /// <summary>Everything about a revision that alters output.</summary>
    private static object Output(ReportDialect d) => (
        d.TrimsLeadingZeroBuckets, d.GetIterUsesIterFailureNames, d.ShowsOptimizerTable, d.ShowsOptimizerErrors,
        d.ShowsUopPairCounts, d.ShowsBinaryOpFailures, d.MaterializationDenominator, d.Wording);
}
