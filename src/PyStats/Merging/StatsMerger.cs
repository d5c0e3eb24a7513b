using PyStats.Model;
using PyStats.Parsing;

namespace PyStats.Merging;

/// <summary>
/// Sums several data sets of one CPython version into one, as if all their raw files had been in
/// one directory: values add up per key, keys keep their first-seen order (input by input),
/// <c>__nfiles__</c> adds up like any counter, and the metadata of the first input is kept.
/// </summary>
public static class StatsMerger
{
    public static StatsData Merge(IReadOnlyList<StatsData> inputs, string source)
    {
        if (inputs.Count == 0)
        {
            throw new ArgumentException("nothing to merge", nameof(inputs));
        }

        var versions = inputs.GroupBy(i => i.CPythonVersion ?? "unknown").ToList();
        if (versions.Count > 1)
        {
            string detail = string.Join("; ", versions.Select(g => $"{g.Key}: {string.Join(", ", g.Select(i => i.Source))}"));
            throw new StatsInputException($"cannot merge counters of different CPython versions ({detail})");
        }

        var order = new List<string>();
        var sums = new Dictionary<string, Int128>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            foreach (var (key, value) in input.Counters.Items)
            {
                if (sums.TryGetValue(key, out var sum))
                {
                    // Each input's values are below the limit, so this sum cannot wrap; check the result.
                    var total = sum + value;
                    if (total > CounterLimits.MaxTotal)
                    {
                        throw new StatsInputException(
                            $"{source}: key {MessageText.Quote(key)}: the total over the inputs, {total}, is too large (a total must stay below {CounterLimits.MaxTotalText})");
                    }

                    sums[key] = total;
                }
                else
                {
                    sums[key] = value;
                    order.Add(key);
                }
            }
        }

        var first = inputs[0];
        var counters = new CounterSet(order.Select(k => new KeyValuePair<string, Int128>(k, sums[k])));
        return new StatsData(source, first.Kind, counters, first.Metadata, first.CPythonVersion);
    }

    /// <summary>True when all inputs carry the same specialized instruction list and define tables.</summary>
    public static bool SameMetadata(IReadOnlyList<StatsData> inputs)
    {
        var first = inputs[0].Metadata;
        return inputs.All(i =>
            i.Metadata.SpecializedInstructions.SequenceEqual(first.SpecializedInstructions)
            && Same(i.Metadata.Defines, first.Defines)
            && Same(i.Metadata.StatsDefines, first.StatsDefines));
    }

    private static bool Same(DefineTable a, DefineTable b) =>
        a.Entries.Select(e => (e.Key, string.Join(",", e.Value))).SequenceEqual(b.Entries.Select(e => (e.Key, string.Join(",", e.Value))));
}
