namespace PyStats.Report.Significance;

/// <summary>What a change rule measures. Names are the ones used in rules files.</summary>
public enum ChangeMetric
{
    /// <summary>Specialization hits of a family as a share of its total, in points.</summary>
    FamilyHitRatio,

    /// <summary>Specialization misses of a family as a share of its total, in points.</summary>
    FamilyMissRatio,

    /// <summary>Deferred executions of a family as a share of its total, in points.</summary>
    FamilyDeferredRatio,

    /// <summary>A Tier 1 instruction's share of all Tier 1 executions, in points.</summary>
    InstructionShare,

    /// <summary>The basic / not specialized / hits / misses split of Tier 1 executions, in points.</summary>
    Effectiveness,

    /// <summary>Total Tier 1 instructions executed, relative change.</summary>
    TotalInstructions,

    /// <summary>Optimization attempts, relative change.</summary>
    Tier2OptimizationAttempts,

    /// <summary>Traces created, relative change.</summary>
    Tier2TracesCreated,

    /// <summary>Traces executed, relative change.</summary>
    Tier2TracesExecuted,

    /// <summary>Uops executed, relative change.</summary>
    Tier2UopsExecuted,

    /// <summary>A rare event counter, relative change (from zero counts as new).</summary>
    RareEvent,
}
