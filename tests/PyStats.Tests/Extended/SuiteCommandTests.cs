using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Extended;

public sealed class SuiteCommandTests
{
    private static string Corpus(string path) => Path.Combine(RepoPaths.Corpus, path);

    [Theory]
    [InlineData("bm-20251208-azure-x86_64-python-main-pystats-pidigits.json", "pidigits")]
    [InlineData("pidigits.json", "pidigits")]
    [InlineData("raw-dir", "raw-dir")]
    [InlineData("a-pystats-b-pystats-nbody.json", "nbody")]
    public void Benchmarks_are_named_after_the_pipeline_marker(string file, string name) =>
        Assert.Equal(name, PyStats.Suite.SuiteInputs.NameOf(file));

    [Fact]
    public void Benchmarks_are_matched_by_name_and_one_sided_ones_are_listed()
    {
        using var temp = new TempDirectory();
        File.Copy(Corpus("cpython-3.13/stdlib-tests-tier2-off/expected.json"), temp.File("base-pystats-stdlib.json"));
        File.Copy(Corpus("cpython-3.13/many-small-processes/expected.json"), temp.File("base-pystats-small.json"));
        Directory.CreateDirectory(temp.File("head"));
        File.Copy(Corpus("cpython-3.13/stdlib-tests-tier2-on/expected.json"), temp.File("head/other-name-pystats-stdlib.json"));
        File.Copy(Corpus("cpython-3.13/stdlib-tests-tier2-on/expected.json"), temp.File("head/x-pystats-only-head.json"));
        Directory.CreateDirectory(temp.File("base"));
        File.Move(temp.File("base-pystats-stdlib.json"), temp.File("base/base-pystats-stdlib.json"));
        File.Move(temp.File("base-pystats-small.json"), temp.File("base/base-pystats-small.json"));

        var suite = CliRun.Invoke("suite", temp.File("base"), temp.File("head"));
        Assert.Equal(0, suite.ExitCode);
        Assert.Contains("<td align=\"left\">small</td>\n<td align=\"left\">base</td>", suite.Out);
        Assert.Contains("<td align=\"left\">only-head</td>\n<td align=\"left\">head</td>", suite.Out);
        Assert.Contains("## Benchmark stdlib", suite.Out);
        Assert.DoesNotContain("## Benchmark small", suite.Out);

        // With --details, the benchmark's own comparison is the extended comparison of its two files.
        suite = CliRun.Invoke("suite", temp.File("base"), temp.File("head"), "--details");
        var direct = CliRun.Invoke("--extended", temp.File("base/base-pystats-stdlib.json"), temp.File("head/other-name-pystats-stdlib.json"));
        string section = suite.Out[suite.Out.IndexOf("## Benchmark stdlib", StringComparison.Ordinal)..];
        Assert.Contains(ShiftHeadings(direct.Out[..direct.Out.IndexOf("---\nStats gathered", StringComparison.Ordinal)]), section);
    }

    [Fact]
    public void The_aggregate_is_the_comparison_of_the_merged_benchmarks()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("base"));
        Directory.CreateDirectory(temp.File("head"));
        File.Copy(Corpus("cpython-3.13/stdlib-tests-tier2-off/expected.json"), temp.File("base/a-pystats-one.json"));
        File.Copy(Corpus("cpython-3.13/many-small-processes/expected.json"), temp.File("base/a-pystats-two.json"));
        File.Copy(Corpus("cpython-3.13/stdlib-tests-tier2-on/expected.json"), temp.File("head/b-pystats-one.json"));
        File.Copy(Corpus("cpython-3.13/many-small-processes/expected.json"), temp.File("head/b-pystats-two.json"));
        Assert.Equal(0, CliRun.Invoke("merge", temp.File("base/a-pystats-one.json"), temp.File("base/a-pystats-two.json"), "-o", temp.File("base.json")).ExitCode);
        Assert.Equal(0, CliRun.Invoke("merge", temp.File("head/b-pystats-one.json"), temp.File("head/b-pystats-two.json"), "-o", temp.File("head.json")).ExitCode);

        var suite = CliRun.Invoke("suite", temp.File("base"), temp.File("head")).Out;
        var merged = CliRun.Invoke("--extended", temp.File("base.json"), temp.File("head.json")).Out;
        string aggregate = suite[suite.IndexOf("## All benchmarks merged", StringComparison.Ordinal)..suite.IndexOf("## Benchmark one", StringComparison.Ordinal)];
        string expectedExecutionCounts = ShiftHeadings(merged[merged.IndexOf("## Execution counts", StringComparison.Ordinal)..merged.IndexOf("## Pair counts", StringComparison.Ordinal)]);
        Assert.Contains(expectedExecutionCounts, aggregate);
    }

    /// <summary>Nested one level deeper: every heading gets one more '#'.</summary>
    private static string ShiftHeadings(string markdown) =>
        string.Join('\n', markdown.Split('\n').Select(l => l.StartsWith('#') ? "#" + l : l));

    [Fact]
    public void A_list_file_names_the_benchmarks()
    {
        using var temp = new TempDirectory();
        string list = temp.Write("base.txt", $"# base runs\n{Corpus("cpython-3.15/pidigits-base/input.json")}\n");
        string head = temp.Write("head.txt", $"{Corpus("cpython-3.15/pidigits/input.json")}\n");
        var run = CliRun.Invoke("suite", list, head);
        Assert.Equal(0, run.ExitCode);
        // Both files are called input.json, so they match as benchmark "input".
        Assert.Contains("## Benchmark input", run.Out);
    }

    [Fact]
    public void Missing_suite_side_is_an_input_error()
    {
        var run = CliRun.Invoke("suite", "/nonexistent/base", "/nonexistent/head");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("pystats: error: /nonexistent/base: no such directory or list file", run.Error);
    }
}
