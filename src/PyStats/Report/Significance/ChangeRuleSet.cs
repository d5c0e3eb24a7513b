namespace PyStats.Report.Significance;

/// <summary>The rules a comparison is checked against, and how many findings to list at most.</summary>
public sealed class ChangeRuleSet
{
    public ChangeRuleSet(IReadOnlyList<ChangeRule> rules, int maxListed = 50, string origin = "built-in defaults")
    {
        Rules = rules;
        MaxListed = maxListed;
        Origin = origin;
    }

    public IReadOnlyList<ChangeRule> Rules { get; }

    public int MaxListed { get; }

    /// <summary>Where the rules came from (built-in defaults or a file), for the report.</summary>
    public string Origin { get; }

    /// <summary>
    /// Sensible defaults: warn on large moves of specialization ratios, execution shares and
    /// Tier 2 activity; fail only when a family's hit ratio drops by 10 points or more.
    /// </summary>
    public static ChangeRuleSet Defaults { get; } = new(
    [
        new(ChangeMetric.FamilyHitRatio, 5, MinCount: 10_000),
        new(ChangeMetric.FamilyHitRatio, 10, ChangeDirection.Decrease, Fail: true, MinCount: 10_000),
        new(ChangeMetric.FamilyMissRatio, 2, MinCount: 10_000),
        new(ChangeMetric.FamilyDeferredRatio, 5, MinCount: 10_000),
        new(ChangeMetric.InstructionShare, 1, MinCount: 10_000),
        new(ChangeMetric.Effectiveness, 2),
        new(ChangeMetric.TotalInstructions, 10),
        new(ChangeMetric.Tier2OptimizationAttempts, 25, MinCount: 100),
        new(ChangeMetric.Tier2TracesCreated, 25, MinCount: 100),
        new(ChangeMetric.Tier2TracesExecuted, 25, MinCount: 1_000),
        new(ChangeMetric.Tier2UopsExecuted, 25, MinCount: 10_000),
        new(ChangeMetric.RareEvent, 50, MinCount: 1),
    ]);
}
