using PyStats.Model;
using PyStats.Report.Building;
using PyStats.Report.Model;
using PyStats.Report.Sections;

namespace PyStats.Report.Significance;

/// <summary>Measures every metric the rules know on a base and a head run.</summary>
internal static class ObservationCollector
{
    private static readonly (ChangeMetric Metric, string Counter)[] Tier2Counters =
    [
        (ChangeMetric.Tier2OptimizationAttempts, "Optimization attempts"),
        (ChangeMetric.Tier2TracesCreated, "Optimization traces created"),
        (ChangeMetric.Tier2TracesExecuted, "Optimization traces executed"),
        (ChangeMetric.Tier2UopsExecuted, "Optimization uops executed"),
    ];

    public static IEnumerable<Observation> Collect(StatsView baseView, StatsView head)
    {
        return Families(baseView, head)
            .Concat(Effectiveness(baseView, head))
            .Concat(Instructions(baseView, head))
            .Concat(Totals(baseView, head))
            .Concat(RareEvents(baseView, head));
    }

    private static IEnumerable<Observation> Families(StatsView baseView, StatsView head)
    {
        var names = baseView.Tier1.Records.Concat(head.Tier1.Records)
            .Where(r => r.IsSpecializable)
            .Select(r => r.Name)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (string family in names)
        {
            var b = baseView.Tier1[family];
            var h = head.Tier1[family];
            if (b is null || h is null)
            {
                continue;
            }

            Int128 totalB = SpecializationSection.Total(b);
            Int128 totalH = SpecializationSection.Total(h);
            if (totalB == 0 || totalH == 0)
            {
                continue;
            }

            yield return Share(ChangeMetric.FamilyHitRatio, family, b.Get(OpcodeFields.Hit), totalB, h.Get(OpcodeFields.Hit), totalH);
            yield return Share(ChangeMetric.FamilyMissRatio, family, b.Get(OpcodeFields.Miss), totalB, h.Get(OpcodeFields.Miss), totalH);
            yield return Share(ChangeMetric.FamilyDeferredRatio, family, b.Get(OpcodeFields.Deferred), totalB, h.Get(OpcodeFields.Deferred), totalH);
        }
    }

    private static IEnumerable<Observation> Effectiveness(StatsView baseView, StatsView head)
    {
        var b = EffectivenessSplit.Of(baseView);
        var h = EffectivenessSplit.Of(head);
        if (b.Total == 0 || h.Total == 0)
        {
            yield break;
        }

        yield return Share(ChangeMetric.Effectiveness, "basic", b.Basic, b.Total, h.Basic, h.Total);
        yield return Share(ChangeMetric.Effectiveness, "not specialized", b.NotSpecialized, b.Total, h.NotSpecialized, h.Total);
        yield return Share(ChangeMetric.Effectiveness, "specialized hits", b.Hits, b.Total, h.Hits, h.Total);
        yield return Share(ChangeMetric.Effectiveness, "specialized misses", b.Misses, b.Total, h.Misses, h.Total);
    }

    private static IEnumerable<Observation> Instructions(StatsView baseView, StatsView head)
    {
        Int128 totalB = baseView.Tier1.TotalExecutionCount();
        Int128 totalH = head.Tier1.TotalExecutionCount();
        if (totalB == 0 || totalH == 0)
        {
            yield break;
        }

        bool versionsDiffer = baseView.Data.CPythonVersion is { } vb && head.Data.CPythonVersion is { } vh && vb != vh;
        var names = baseView.Tier1.Records.Concat(head.Tier1.Records)
            .Where(r => r.Has(OpcodeFields.ExecutionCount))
            .Select(r => r.Name)
            .Distinct(StringComparer.Ordinal);
        foreach (string name in names)
        {
            Int128 b = baseView.Tier1[name]?.Get(OpcodeFields.ExecutionCount) ?? 0;
            Int128 h = head.Tier1[name]?.Get(OpcodeFields.ExecutionCount) ?? 0;
            bool oneSided = Executed(baseView, name) != Executed(head, name);
            yield return Share(ChangeMetric.InstructionShare, name, b, totalB, h, totalH) with { VersionDifference = versionsDiffer && oneSided };
        }
    }

    private static bool Executed(StatsView view, string name) => view.Tier1[name]?.Has(OpcodeFields.ExecutionCount) ?? false;

    private static IEnumerable<Observation> Totals(StatsView baseView, StatsView head)
    {
        yield return Relative(ChangeMetric.TotalInstructions, "Tier 1", baseView.Tier1.TotalExecutionCount(), head.Tier1.TotalExecutionCount());
        foreach (var (metric, counter) in Tier2Counters)
        {
            if (baseView.Counters.Contains(counter) || head.Counters.Contains(counter))
            {
                yield return Relative(metric, "Tier 2", baseView.Counters.Get(counter), head.Counters.Get(counter));
            }
        }
    }

    private static IEnumerable<Observation> RareEvents(StatsView baseView, StatsView head)
    {
        var keys = baseView.Counters.Keys.Concat(head.Counters.Keys)
            .Where(k => k.StartsWith(RareEventsSection.Prefix, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);
        foreach (string key in keys)
        {
            yield return Relative(ChangeMetric.RareEvent, RareEventsSection.EventName(key), baseView.Counters.Get(key), head.Counters.Get(key));
        }
    }

    /// <summary>A share on both sides (also used to pair stored per-run measures, e.g. history trends).</summary>
    internal static Observation Share(ChangeMetric metric, string subject, Int128 b, Int128 totalB, Int128 h, Int128 totalH)
    {
        double shareB = 100.0 * (double)b / (double)totalB;
        double shareH = 100.0 * (double)h / (double)totalH;
        double delta = shareH - shareB;
        return new Observation(metric, subject, new RatioCell(b, totalB), new RatioCell(h, totalH), new MeasureCell(delta, MeasureUnit.Points), delta, Int128.Max(totalB, totalH));
    }

    /// <summary>A count on both sides (also used to pair stored per-run measures).</summary>
    internal static Observation Relative(ChangeMetric metric, string subject, Int128 b, Int128 h)
    {
        double delta = b == 0
            ? (h == 0 ? 0 : double.PositiveInfinity)
            : 100.0 * (double)(h - b) / (double)b;
        return new Observation(metric, subject, new CountCell(b), new CountCell(h), new ChangeCell(b, h), delta, Int128.Max(b, h));
    }
}
