using System.Text.Json;
using PyStats.Report.Building;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Dialects;

/// <summary><c>--list-dialects</c>, <c>--dialect</c> and the reason the JSON header gives.</summary>
public sealed class DialectCliTests
{
    [Fact]
    public void List_dialects_prints_every_revision_with_its_date_and_change()
    {
        var run = CliRun.Invoke("--list-dialects");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(ReportDialects.All.Count, lines.Length);
        Assert.StartsWith("3.13a4", lines[0], StringComparison.Ordinal);
        Assert.Contains("2024-04-02  main    \"Inline values\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("binary-op-failures  2024-04-04  branch", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_dialect_is_a_usage_error_naming_what_is_accepted()
    {
        var run = CliRun.Invoke(Path.Combine(RepoPaths.Samples, "cpython-3.13", "stdlib-tests-tier2-off", "raw"), "--dialect", "3.11");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--dialect '3.11'", run.Error, StringComparison.Ordinal);
        Assert.Contains("inline-values", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_header_names_the_revision_and_why()
    {
        string json = Path.Combine(RepoPaths.Root, "tests", "data", "published", "results", "bm-20240402-3.13.0a5+-5a3dca4-JIT",
            "bm-20240402-azure-x86_64-brandtbucher-stitch_exhausted-3.13.0a5+-5a3dca4-pystats.json");
        var run = CliRun.Invoke(json, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal("optimizer-table", doc.RootElement.GetProperty("dialect").GetString());
        Assert.Equal("metadata.commit_date 2024-04-02; counter 'Object new values' (gone in inline-values)", doc.RootElement.GetProperty("dialectReason").GetString());

        var forced = CliRun.Invoke(json, "--format", "json", "--dialect", "2024-06-15");
        using var forcedDoc = JsonDocument.Parse(forced.Out);
        Assert.Equal("uop-pairs", forcedDoc.RootElement.GetProperty("dialect").GetString());
        Assert.Equal("--dialect", forcedDoc.RootElement.GetProperty("dialectReason").GetString());
    }
}
