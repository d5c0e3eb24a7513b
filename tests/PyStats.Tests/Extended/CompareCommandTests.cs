using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Extended;

public sealed class CompareCommandTests
{
    private static readonly string Pidigits = Path.Combine(RepoPaths.Corpus, "cpython-3.15", "pidigits", "input.json");
    private static readonly string PidigitsBase = Path.Combine(RepoPaths.Corpus, "cpython-3.15", "pidigits-base", "input.json");

    [Fact]
    public void Comparing_a_run_with_itself_finds_no_change()
    {
        var run = CliRun.Invoke("compare", Pidigits, Pidigits, Pidigits);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Nothing moved beyond the thresholds", run.Out);
        var changes = System.Text.RegularExpressions.Regex.Matches(run.Out, "<td align=\"right\">(-?[0-9,.]+%|new|gone)</td>\n</tr>");
        Assert.NotEmpty(changes);
        Assert.All(changes, m => Assert.Equal("0.0%", m.Groups[1].Value));
    }

    [Fact]
    public void Labels_come_from_paths_and_are_unique()
    {
        var run = CliRun.Invoke("compare", PidigitsBase, Pidigits, Pidigits);
        Assert.Contains("<th align=\"right\">pidigits-base Count</th>", run.Out);
        Assert.Contains("<th align=\"right\">pidigits Count</th>", run.Out);
        Assert.Contains("<th align=\"right\">pidigits #2 Count</th>", run.Out);
        Assert.Contains("<th align=\"right\">Change pidigits #2</th>", run.Out);
    }

    [Fact]
    public void Two_run_compare_is_the_extended_report_with_run_names()
    {
        var compare = CliRun.Invoke("compare", "--label", "Base", "--label", "Head", PidigitsBase, Pidigits);
        var extended = CliRun.Invoke("--extended", PidigitsBase, Pidigits);
        Assert.Equal(extended.Out, compare.Out);
    }

    [Fact]
    public void Compare_needs_two_runs_and_one_label_per_run()
    {
        Assert.Equal(2, CliRun.Invoke("compare", Pidigits).ExitCode);
        var run = CliRun.Invoke("compare", "--label", "only-one", PidigitsBase, Pidigits);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--label", run.Error);
    }
}
