using PyStats.Model;
using PyStats.Report.Building;

namespace PyStats.Report.Sections;

/// <summary>
/// How Tier 1 executions split: basic instructions, specializable ones that were not
/// specialized, and specialized instructions that hit or missed.
/// </summary>
public readonly record struct EffectivenessSplit(Int128 Total, Int128 Basic, Int128 NotSpecialized, Int128 Hits, Int128 Misses)
{
    /// <summary>The split of <paramref name="view"/>'s data, computed once (the headline, the observations and the section all ask).</summary>
    public static EffectivenessSplit Of(StatsView view) =>
        view.Cache("effectiveness-split", () => new System.Runtime.CompilerServices.StrongBox<EffectivenessSplit>(Compute(view))).Value;

    private static EffectivenessSplit Compute(StatsView view)
    {
        var tier1 = view.Tier1;
        Int128 basic = 0, hits = 0, misses = 0, notSpecialized = 0;
        foreach (var record in tier1.Records)
        {
            if (record.Find(OpcodeFields.ExecutionCount) is not { } count)
            {
                continue;
            }

            if (record.IsSpecializable)
            {
                notSpecialized += count;
            }
            else if (view.Metadata.SpecializedSet.Contains(record.Name))
            {
                Int128 miss = record.Get(OpcodeFields.Miss);
                hits += count - miss;
                misses += miss;
            }
            else
            {
                basic += count;
            }
        }

        return new EffectivenessSplit(tier1.TotalExecutionCount(), basic, notSpecialized, hits, misses);
    }
}
