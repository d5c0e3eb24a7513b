using PyStats.Model;
using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Report.Sections;

/// <summary>For each Tier 1 instruction with pairs: its top 5 predecessors and successors.</summary>
internal static class PredecessorSuccessorSection
{
    private const string Doc =
        "This does not include the unspecialized instructions that occur after a\n" +
        "specialized instruction deoptimizes.";

    public static SectionSpec Create() => new(
        "Predecessor/Successor Pairs",
        "Top 5 predecessors and successors of each Tier 1 opcode.",
        Parts,
        Doc,
        comparative: false);

    private static IEnumerable<PartSpec> Parts(BuildContext context)
    {
        var view = context.Base.Tier1;
        var predecessors = new Dictionary<string, OrderedCounter>(StringComparer.Ordinal);
        var successors = new Dictionary<string, OrderedCounter>(StringComparer.Ordinal);
        foreach (var pair in view.PairCounts())
        {
            Counter(predecessors, pair.Second).Set(pair.First, pair.Count);
            Counter(successors, pair.First).Set(pair.Second, pair.Count);
        }

        foreach (var record in view.Records)
        {
            var pred = predecessors.GetValueOrDefault(record.Name) ?? OrderedCounter.Empty;
            var succ = successors.GetValueOrDefault(record.Name) ?? OrderedCounter.Empty;
            if (pred.Total == 0 && succ.Total == 0)
            {
                continue;
            }

            var predRows = TopRows(pred);
            var succRows = TopRows(succ);
            yield return new SectionSpec(
                record.Name,
                $"Successors and predecessors for {record.Name}",
                [
                    new TableSpec("predecessors", [Cells.Left("Predecessors"), Cells.Right("Count"), Cells.Right("Percentage")], _ => predRows),
                    new TableSpec("successors", [Cells.Left("Successors"), Cells.Right("Count"), Cells.Right("Percentage")], _ => succRows),
                ]);
        }
    }

    private static OrderedCounter Counter(Dictionary<string, OrderedCounter> map, string name)
    {
        if (!map.TryGetValue(name, out var counter))
        {
            counter = new OrderedCounter();
            map[name] = counter;
        }

        return counter;
    }

    private static IReadOnlyList<ReportRow> TopRows(OrderedCounter counter)
    {
        Int128 total = counter.Total;
        return Sorting.StableDescending(counter.Items, i => i.Value)
            .Take(5)
            .Select(i => new ReportRow(Cells.Text(i.Key), Cells.Count(i.Value), Cells.Ratio(i.Value, total)))
            .ToList();
    }
}
