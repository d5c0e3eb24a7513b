using PyStats.Report.Building;

namespace PyStats.Report.Significance;

/// <summary>
/// Where in the report each metric's numbers are shown: the id of the table and the key of the
/// row a change comes from, so summaries can link to it. A target that a report does not have
/// (filtered out, or a dialect without that table) is simply not linked by renderers.
/// </summary>
public static class ChangeSources
{
    /// <summary>The headline's own table of totals (total instructions have no other row).</summary>
    public const string TotalsTableId = "headline/totals";

    public const string TotalInstructionsRow = "Tier 1 instructions";

    private static readonly Dictionary<ChangeMetric, Func<string, (string Table, string Row)>> Sources = new()
    {
        [ChangeMetric.FamilyHitRatio] = family => (FamilyKinds(family), "hit"),
        [ChangeMetric.FamilyMissRatio] = family => (FamilyKinds(family), "miss"),
        [ChangeMetric.FamilyDeferredRatio] = family => (FamilyKinds(family), "deferred"),
        [ChangeMetric.InstructionShare] = name => ("execution-counts/execution-counts", name),
        [ChangeMetric.Effectiveness] = part => ("specialization-effectiveness/effectiveness", char.ToUpperInvariant(part[0]) + part[1..]),
        [ChangeMetric.TotalInstructions] = _ => (TotalsTableId, TotalInstructionsRow),
        [ChangeMetric.Tier2OptimizationAttempts] = _ => (Tier2Table, "Optimization attempts"),
        [ChangeMetric.Tier2TracesCreated] = _ => (Tier2Table, "Traces created"),
        [ChangeMetric.Tier2TracesExecuted] = _ => (Tier2Table, "Traces executed"),
        [ChangeMetric.Tier2UopsExecuted] = _ => (Tier2Table, "Uops executed"),
        [ChangeMetric.RareEvent] = name => ("rare-events/rare-events", name),
    };

    private const string Tier2Table = "optimization-tier-2-stats/optimization";

    /// <summary>The table id and row key an observation's numbers come from, or null.</summary>
    public static (string Table, string Row)? Of(Observation observation) =>
        observation.Subject.Length > 0 && Sources.TryGetValue(observation.Metric, out var source) ? source(observation.Subject) : null;

    private static string FamilyKinds(string family) => $"specialization-stats/{ReportBuilder.Slug(family)}/kinds";
}
