using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Report.Sections;

/// <summary>For each Tier 1 instruction with pairs: its top 5 predecessors and successors.</summary>
internal static class PredecessorSuccessorSection
{
    private const string Doc =
        "This does not include the unspecialized instructions that occur after a\n" +
        "specialized instruction deoptimizes.";

    /// <param name="comparative">CPython leaves these out of comparisons; the extended report joins them.</param>
    public static SectionSpec Create(bool comparative) => new(
        "Predecessor/Successor Pairs",
        "Top 5 predecessors and successors of each Tier 1 opcode.",
        Parts,
        Doc,
        comparative);

    private static IEnumerable<PartSpec> Parts(BuildContext context)
    {
        // Instructions of the base in record order, then those only later inputs have.
        var names = context.Inputs.SelectMany(i => i.Tier1.Records).Select(r => r.Name).Distinct(StringComparer.Ordinal).ToList();
        foreach (string name in names)
        {
            if (context.Inputs.All(i => Pairs(i).Predecessors(name).Total == 0 && Pairs(i).Successors(name).Total == 0))
            {
                continue;
            }

            yield return new SectionSpec(
                name,
                $"Successors and predecessors for {name}",
                [
                    new TableSpec("predecessors", [Cells.Left("Predecessors"), Cells.Right("Count"), Cells.Right("Percentage")], v => TopRows(Pairs(v).Predecessors(name)), JoinMode.Change),
                    new TableSpec("successors", [Cells.Left("Successors"), Cells.Right("Count"), Cells.Right("Percentage")], v => TopRows(Pairs(v).Successors(name)), JoinMode.Change),
                ]);
        }
    }

    private static PairIndex Pairs(StatsView view) => view.Cache("pred-succ", () =>
    {
        var index = new PairIndex();
        foreach (var pair in view.Tier1.PairCounts())
        {
            Counter(index.ByFollower, pair.Second).Set(pair.First, pair.Count);
            Counter(index.ByLeader, pair.First).Set(pair.Second, pair.Count);
        }

        return index;
    });

    private static OrderedCounter Counter(Dictionary<string, OrderedCounter> map, string name)
    {
        ref var counter = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(map, name, out _);
        return counter ??= new OrderedCounter();
    }

    private sealed class PairIndex
    {
        public Dictionary<string, OrderedCounter> ByFollower { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, OrderedCounter> ByLeader { get; } = new(StringComparer.Ordinal);

        public OrderedCounter Predecessors(string name) => ByFollower.GetValueOrDefault(name) ?? OrderedCounter.Empty;

        public OrderedCounter Successors(string name) => ByLeader.GetValueOrDefault(name) ?? OrderedCounter.Empty;
    }

    private static IReadOnlyList<ReportRow> TopRows(OrderedCounter counter)
    {
        Int128 total = counter.Total;
        return counter.Top(5)
            .Select(i => new ReportRow(Cells.Text(i.Key), Cells.Count(i.Value), Cells.Ratio(i.Value, total)))
            .ToList();
    }
}
