using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Extended;

public sealed class CheckAndRulesTests : IDisposable
{
    private static readonly string Off = Path.Combine(RepoPaths.Corpus, "cpython-3.13", "stdlib-tests-tier2-off", "raw");
    private static readonly string On = Path.Combine(RepoPaths.Corpus, "cpython-3.13", "stdlib-tests-tier2-on", "raw");
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Default_rules_warn_but_do_not_fail_on_the_stdlib_runs()
    {
        var run = CliRun.Invoke("check", Off, On);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("29 significant changes, 0 failing (rules: built-in defaults)", run.Out);
        Assert.Contains("family-hit-ratio             FOR_ITER", run.Out);
    }

    [Fact]
    public void A_failing_rule_that_trips_exits_3_and_is_listed_first()
    {
        string rules = _temp.Write("rules.json", """{"rules": [{"metric": "family-hit-ratio", "subject": "FOR_*", "threshold": 20, "direction": "increase", "fail": true}]}""");
        var run = CliRun.Invoke("check", Off, On, "--rules", rules);
        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith("FAIL  family-hit-ratio", run.Out.Split('\n')[2]);
        Assert.Contains("FOR_ITER", run.Out.Split('\n')[2]);
    }

    [Fact]
    public void Direction_matters()
    {
        string rules = _temp.Write("rules.json", """{"extends_defaults": false, "rules": [{"metric": "family-hit-ratio", "subject": "FOR_ITER", "threshold": 20, "direction": "decrease", "fail": true}]}""");
        var run = CliRun.Invoke("check", Off, On, "--rules", rules);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0 significant changes, 0 failing", run.Out);
    }

    [Fact]
    public void Min_count_silences_small_subjects()
    {
        string noisy = _temp.Write("noisy.json", """{"extends_defaults": false, "rules": [{"metric": "instruction-share", "threshold": 0.0001}]}""");
        string quiet = _temp.Write("quiet.json", """{"extends_defaults": false, "rules": [{"metric": "instruction-share", "threshold": 0.0001, "min_count": 1000000000}]}""");
        Assert.DoesNotContain(" 0 significant changes", CliRun.Invoke("check", Off, On, "--rules", noisy).Out);
        Assert.Contains("0 significant changes", CliRun.Invoke("check", Off, On, "--rules", quiet).Out);
    }

    [Fact]
    public void Identical_runs_pass_the_check()
    {
        var run = CliRun.Invoke("check", On, On);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0 significant changes, 0 failing", run.Out);
    }

    [Theory]
    [InlineData("""{"rules": [{"metric": "no-such-metric", "threshold": 1}]}""", "'rules[0].metric'")]
    [InlineData("""{"rules": [{"metric": "family-hit-ratio"}]}""", "'rules[0]' needs a \"threshold\"")]
    [InlineData("""{"rules": [{"metric": "family-hit-ratio", "threshold": -1}]}""", "'rules[0].threshold'")]
    [InlineData("""{"rules": [{"metric": "family-hit-ratio", "threshold": 1, "direction": "up"}]}""", "'rules[0].direction'")]
    [InlineData("""{"rulez": []}""", "'rulez'")]
    [InlineData("""{"rules": [""", "malformed JSON")]
    public void Bad_rules_files_are_input_errors_naming_the_setting(string json, string fragment)
    {
        string rules = _temp.Write("rules.json", json);
        var run = CliRun.Invoke("check", Off, On, "--rules", rules);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("pystats: error: " + rules, run.Error);
        Assert.Contains(fragment, run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Check_can_write_the_whole_comparison_in_another_format()
    {
        var run = CliRun.Invoke("check", Off, On, "--format", "markdown");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("## Headline", run.Out);
        Assert.Contains("\n## Significant changes\n", run.Out);
    }
}
