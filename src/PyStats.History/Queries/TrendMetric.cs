using PyStats.History.Store;
using PyStats.Report.Significance;

namespace PyStats.History.Queries;

/// <summary>
/// What <c>history trend</c> follows: a metric of the significant-changes analysis (by its rules
/// name, e.g. <c>family-hit-ratio</c>), read from the measures stored per run, or any raw
/// counter by its key.
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

    /// <summary>The counters every metric of the analysis reads (for <c>history changes</c> and the measures stored per run).</summary>
    public static KeyCondition AllMetricKeys => KeyCondition.Prefixes("opcode[", "Optimization ", "Rare event ");
}
