using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Extended;

/// <summary>
/// Runs of different CPython versions (issue 8, defect 12): one warning naming both versions,
/// and instructions one version lacks are version differences, not (failing) changes, unless a
/// rule asks for them.
/// </summary>
public sealed class VersionDifferenceTests : IDisposable
{
    private static readonly string Real313 = Path.Combine(RepoPaths.Corpus, "cpython-3.13", "stdlib-tests-tier2-on", "expected.json");
    private static readonly string Real315 = Path.Combine(RepoPaths.Corpus, "cpython-3.15", "pidigits", "input.json");
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>NOP everywhere; LOAD_FAST only in the 3.13 run, LOAD_FAST_BORROW only in the 3.15 one (as in the real versions).</summary>
    private string Run(string name, string version, string instruction)
    {
        string marker = version == "3.13" ? "opcode[BINARY_SUBSCR].specializable" : "Object interpreter mortal increfs";
        return _temp.Write(name, $$"""{"opcode[NOP].execution_count": 1000, "opcode[{{instruction}}].execution_count": 1000, "{{marker}}": 1, "__nfiles__": 1}""");
    }

    private string Rules(bool includeVersionDifferences) => _temp.Write(
        "rules.json",
        $$"""{"extends_defaults": false, "rules": [{"metric": "instruction-share", "threshold": 1, "fail": true{{(includeVersionDifferences ? ", \"include_version_differences\": true" : string.Empty)}}}]}""");

    private static int Warnings(CliRun run) => run.Error.Split('\n').Count(l => l.Contains("different CPython versions", StringComparison.Ordinal));

    [Fact]
    public void Comparing_two_versions_prints_one_warning_naming_both()
    {
        var run = CliRun.Invoke(Real313, Real315);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, Warnings(run));
        Assert.Contains($"pystats: warning: comparing data of different CPython versions: 3.13 ({Real313}) and 3.15 ({Real315}); instructions found in one version only are version differences, not changes\n", run.Error);
    }

    [Theory]
    [InlineData("compare")]
    [InlineData("check")]
    public void Every_comparing_command_warns_once(string command)
    {
        var run = CliRun.Invoke(command, Real313, Real315);
        Assert.Equal(1, Warnings(run));
    }

    [Fact]
    public void Suite_warns_once_for_all_its_benchmarks()
    {
        string b = _temp.File("base");
        string h = _temp.File("head");
        Directory.CreateDirectory(b);
        Directory.CreateDirectory(h);
        foreach (string bench in new[] { "one", "two" })
        {
            File.Copy(Real313, Path.Combine(b, $"bm-pystats-{bench}.json"));
            File.Copy(Real315, Path.Combine(h, $"bm-pystats-{bench}.json"));
        }

        var run = CliRun.Invoke("suite", b, h);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, Warnings(run));
    }

    [Fact]
    public void The_same_version_gives_no_warning()
    {
        string off = Path.Combine(RepoPaths.Corpus, "cpython-3.13", "stdlib-tests-tier2-off", "expected.json");
        Assert.Equal(0, Warnings(CliRun.Invoke(off, Real313)));
        Assert.Equal(0, Warnings(CliRun.Invoke(Real313, "--json-output", _temp.File("m.json"))));
    }

    [Fact]
    public void Instructions_of_one_version_only_are_not_failures_across_versions()
    {
        var run = CliRun.Invoke("check", Run("a.json", "3.13", "LOAD_FAST"), Run("b.json", "3.15", "LOAD_FAST_BORROW"), "--rules", Rules(false));
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("0 significant changes, 0 failing", run.Out);
        Assert.Equal(1, Warnings(run));
    }

    [Fact]
    public void A_rule_can_ask_for_version_differences()
    {
        var run = CliRun.Invoke("check", Run("a.json", "3.13", "LOAD_FAST"), Run("b.json", "3.15", "LOAD_FAST_BORROW"), "--rules", Rules(true));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("2 significant changes, 2 failing", run.Out);
        Assert.Contains("LOAD_FAST_BORROW", run.Out);
    }

    [Fact]
    public void Within_one_version_an_instruction_on_one_side_is_still_a_change()
    {
        var run = CliRun.Invoke("check", Run("a.json", "3.13", "LOAD_FAST"), Run("b.json", "3.13", "LOAD_DEREF"), "--rules", Rules(false));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("2 significant changes, 2 failing", run.Out);
        Assert.Equal(0, Warnings(run));
    }

    [Fact]
    public void The_extended_comparison_leaves_version_differences_out_of_the_significant_changes()
    {
        var run = CliRun.Invoke("compare", Run("a.json", "3.13", "LOAD_FAST"), Run("b.json", "3.15", "LOAD_FAST_BORROW"), "--rules", Rules(false), "--section", "significant-changes");
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("LOAD_FAST_BORROW", run.Out);
    }

    [Fact]
    public void The_rule_setting_must_be_a_boolean()
    {
        string rules = _temp.Write("bad.json", """{"rules": [{"metric": "instruction-share", "threshold": 1, "include_version_differences": "yes"}]}""");
        var run = CliRun.Invoke("check", Real313, Real313, "--rules", rules);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'rules[0].include_version_differences' must be true or false", run.Error);
    }
}
