using PyStats.Report.Building;

namespace PyStats.Report.Significance;

/// <summary>
/// Finds what moved beyond the rules between the base run and each other run, failing ones first,
/// then ranked by how far past its threshold each change is (a new event — from zero — ranks first).
/// </summary>
public static class SignificanceAnalyzer
{
    public static IReadOnlyList<SignificantChange> Analyze(IReadOnlyList<StatsView> inputs, IReadOnlyList<string> labels, ChangeRuleSet rules)
    {
        var found = new List<SignificantChange>();
        for (int run = 1; run < inputs.Count; run++)
        {
            foreach (var observation in ObservationCollector.Collect(inputs[0], inputs[run]))
            {
                if (Evaluate(observation, rules) is { } change)
                {
                    found.Add(change with { Run = labels[run] });
                }
            }
        }

        // Failing changes first (a gate's reasons must never be cut from a listing), then ranked
        // by size relative to the threshold; stable, so equal scores keep metric order.
        return found.OrderByDescending(c => c.Failing).ThenByDescending(c => c.Score).ToList();
    }

    private static SignificantChange? Evaluate(Observation observation, ChangeRuleSet rules)
    {
        SignificantChange? worst = null;
        foreach (var rule in rules.Rules)
        {
            if (rule.Metric != observation.Metric || !rule.Matches(observation.Subject) || observation.Weight < rule.MinCount || !rule.Trips(observation.Delta)
                || (observation.VersionDifference && !rule.IncludeVersionDifferences))
            {
                continue;
            }

            double score = rule.Threshold > 0 ? Math.Abs(observation.Delta) / rule.Threshold : double.PositiveInfinity;
            var candidate = new SignificantChange(string.Empty, observation, rule, rule.Fail, score);
            if (worst is null || (candidate.Failing && !worst.Failing) || (candidate.Failing == worst.Failing && candidate.Score > worst.Score))
            {
                worst = candidate;
            }
        }

        return worst;
    }
}
