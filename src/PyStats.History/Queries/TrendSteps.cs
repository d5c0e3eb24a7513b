using PyStats.History.Store;
using PyStats.Report.Model;
using PyStats.Report.Significance;

namespace PyStats.History.Queries;

/// <summary>
/// The change of a stored measure from the previous run of its series, paired exactly as the
/// analysis pairs two runs (<see cref="ObservationCollector"/>): a family's ratios and the
/// effectiveness split only when both runs have them; instruction shares, totals, Tier 2
/// counters and rare events count a side that lacks the subject as 0.
/// </summary>
internal static class TrendSteps
{
    private static readonly Dictionary<ChangeMetric, bool> MissingIsZero = new()
    {
        [ChangeMetric.FamilyHitRatio] = false,
        [ChangeMetric.FamilyMissRatio] = false,
        [ChangeMetric.FamilyDeferredRatio] = false,
        [ChangeMetric.Effectiveness] = false,
        [ChangeMetric.InstructionShare] = true,
        [ChangeMetric.TotalInstructions] = true,
        [ChangeMetric.Tier2OptimizationAttempts] = true,
        [ChangeMetric.Tier2TracesCreated] = true,
        [ChangeMetric.Tier2TracesExecuted] = true,
        [ChangeMetric.Tier2UopsExecuted] = true,
        [ChangeMetric.RareEvent] = true,
    };

    /// <summary>The change cell, or null when the analysis would not pair the two runs on this subject.</summary>
    /// <param name="previous">The previous run's rows of the metric by subject.</param>
    public static ReportCell? Step(IReadOnlyDictionary<string, RunMetrics.Row> previous, RunMetrics.Row current)
    {
        var before = previous.GetValueOrDefault(current.Subject);
        if (before is null && !MissingIsZero[current.Metric])
        {
            return null;
        }

        if (current.Whole is not { } whole)
        {
            return ObservationCollector.Relative(current.Metric, current.Subject, before?.Part ?? 0, current.Part).Change;
        }

        // A share needs the previous run's whole: it has one exactly when it has rows of the metric.
        Int128? wholeBefore = before is not null ? before.Whole : previous.Values.FirstOrDefault()?.Whole;
        return wholeBefore is { } w
            ? ObservationCollector.Share(current.Metric, current.Subject, before?.Part ?? 0, w, current.Part, whole).Change
            : null;
    }
}
