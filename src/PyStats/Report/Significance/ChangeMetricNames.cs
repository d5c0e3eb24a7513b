namespace PyStats.Report.Significance;

public static class ChangeMetricNames
{
    private static readonly (ChangeMetric Metric, string Name, bool InPoints)[] All =
    [
        (ChangeMetric.FamilyHitRatio, "family-hit-ratio", true),
        (ChangeMetric.FamilyMissRatio, "family-miss-ratio", true),
        (ChangeMetric.FamilyDeferredRatio, "family-deferred-ratio", true),
        (ChangeMetric.InstructionShare, "instruction-share", true),
        (ChangeMetric.Effectiveness, "effectiveness", true),
        (ChangeMetric.TotalInstructions, "total-instructions", false),
        (ChangeMetric.Tier2OptimizationAttempts, "tier2-optimization-attempts", false),
        (ChangeMetric.Tier2TracesCreated, "tier2-traces-created", false),
        (ChangeMetric.Tier2TracesExecuted, "tier2-traces-executed", false),
        (ChangeMetric.Tier2UopsExecuted, "tier2-uops-executed", false),
        (ChangeMetric.RareEvent, "rare-event", false),
    ];

    public static IEnumerable<string> Names => All.Select(m => m.Name);

    public static string Name(this ChangeMetric metric) => All.First(m => m.Metric == metric).Name;

    /// <summary>True when the metric is a share compared in percentage points; false for relative changes.</summary>
    public static bool InPoints(this ChangeMetric metric) => All.First(m => m.Metric == metric).InPoints;

    public static bool TryParse(string name, out ChangeMetric metric)
    {
        foreach (var m in All)
        {
            if (string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                metric = m.Metric;
                return true;
            }
        }

        metric = default;
        return false;
    }
}
