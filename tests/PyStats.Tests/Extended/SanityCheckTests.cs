using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Extended;

/// <summary>Each sanity check fires on data crafted to break it, and stays quiet on the 3.13 corpus.</summary>
public sealed class SanityCheckTests
{
    private static string SanitySection(string markdown)
    {
        int start = markdown.IndexOf("## Sanity checks", StringComparison.Ordinal);
        return markdown[start..markdown.IndexOf("</details>", start, StringComparison.Ordinal)];
    }

    [Theory]
    [InlineData("Optimization attempts : 5\nOptimization traces created : 9\n", "more traces created than optimization attempts")]
    [InlineData("Optimization optimizer attempts : 1\nOptimization optimizer successes : 2\n", "more optimizer successes than attempts")]
    [InlineData("Optimization traces executed : 0\nOptimization uops executed : 100\n", "uops without traces")]
    [InlineData("Optimization traces created : 3\nTrace length[4] : 1\nTrace length[8] : 1\n", "histogram does not match its counter")]
    [InlineData("opcode[LOAD_ATTR_MODULE].execution_count : 5\nopcode[LOAD_ATTR_MODULE].specialization.miss : 9\n", "effectiveness does not add up")]
    [InlineData("opcode[LOAD_ATTR].specializable : 1\nopcode[LOAD_ATTR].specialization.hit : 50\nopcode[LOAD_ATTR_MODULE].execution_count : 0\n", "hits without executions")]
    [InlineData("Object increfs : 18446744073709551000\n", "counter went below zero")]
    public void Broken_data_is_flagged(string counters, string check)
    {
        using var temp = new TempDirectory();
        temp.Write("raw/a.txt", counters);
        var run = CliRun.Invoke("--extended", temp.File("raw"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"<td align=\"left\">{check}</td>", SanitySection(run.Out));
    }

    [Fact]
    public void Json_without_file_count_is_flagged()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("a.json", "{\"Frames pushed\": 1}");
        Assert.Contains("no data files", SanitySection(CliRun.Invoke("--extended", path).Out));
    }

    [Fact]
    public void Check_prints_sanity_problems_on_stderr()
    {
        using var temp = new TempDirectory();
        temp.Write("a/a.txt", "Optimization attempts : 5\nOptimization traces created : 9\n");
        var run = CliRun.Invoke("check", temp.File("a"), temp.File("a"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("pystats: warning: sanity check: Base: more traces created than optimization attempts", run.Error);
    }

    [Theory]
    [InlineData("cpython-3.13/stdlib-tests-tier2-off/raw")]
    [InlineData("cpython-3.13/stdlib-tests-tier2-on/raw")]
    [InlineData("cpython-3.13/many-small-processes/raw")]
    public void Consistent_real_data_passes(string input)
    {
        var run = CliRun.Invoke("--extended", Path.Combine(RepoPaths.Corpus, input));
        Assert.Contains("No problems found.", SanitySection(run.Out));
    }
}
