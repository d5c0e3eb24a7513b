using PyStats.History.Store;
using PyStats.Report.Significance;

namespace PyStats.History.Queries;

/// <summary>
/// What <c>history trend</c> follows: a metric of the significant-changes analysis (by its rules
/// name, e.g. <c>family-hit-ratio</c>) or any raw counter by its key. Each says which stored
/// counters it needs, so a trend over many runs reads only those.
/// </summary>
public sealed record TrendMetric(ChangeMetric? Metric, string? CounterKey)
{
    public string Name => Metric?.Name() ?? CounterKey!;

    public bool InPoints => Metric?.InPoints() ?? false;

    public static TrendMetric Parse(string text, HistoryStore store)
    {
        if (ChangeMetricNames.TryParse(text, out var metric))
        {
            return new TrendMetric(metric, null);
        }

        if (KeyDictionary.Exists(store, text))
        {
            return new TrendMetric(null, text);
        }

        throw new HistoryStoreException(
            $"{store.Path}: '{text}' is neither a metric ({string.Join(", ", ChangeMetricNames.Names)}) nor a counter key in the store");
    }

    /// <summary>The counters the metric is computed from (for <paramref name="subject"/> when it names one family).</summary>
    public KeyCondition Keys(string? subject)
    {
        if (CounterKey is { } key)
        {
            return KeyCondition.Exactly(key);
        }

        return Metric switch
        {
            ChangeMetric.FamilyHitRatio or ChangeMetric.FamilyMissRatio or ChangeMetric.FamilyDeferredRatio
                when subject is { Length: > 0 } && !subject.Contains('*') => KeyCondition.Prefixes($"opcode[{subject}]"),
            ChangeMetric.Tier2OptimizationAttempts or ChangeMetric.Tier2TracesCreated or ChangeMetric.Tier2TracesExecuted or ChangeMetric.Tier2UopsExecuted
                => KeyCondition.Prefixes("Optimization "),
            ChangeMetric.RareEvent => KeyCondition.Prefixes("Rare event "),
            _ => KeyCondition.Prefixes("opcode["),
        };
    }

    /// <summary>The counters every metric of the analysis reads (for <c>history changes</c>).</summary>
    public static KeyCondition AllMetricKeys => KeyCondition.Prefixes("opcode[", "Optimization ", "Rare event ");
}
