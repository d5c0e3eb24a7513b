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

    private const int TopCount = 5;

    // Shared by the two tables of every instruction (a few hundred per report).
    private static readonly ReportColumn[] PredecessorColumns = [Cells.Left("Predecessors"), Cells.Right("Count"), Cells.Right("Percentage")];
    private static readonly ReportColumn[] SuccessorColumns = [Cells.Left("Successors"), Cells.Right("Count"), Cells.Right("Percentage")];

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
            if (!HasPairs(context.Inputs, name))
            {
                continue;
            }

            yield return new SectionSpec(
                name,
                $"Successors and predecessors for {name}",
                [
                    new TableSpec("predecessors", PredecessorColumns, v => Predecessors(Index(v), name), JoinMode.Change),
                    new TableSpec("successors", SuccessorColumns, v => Successors(Index(v), name), JoinMode.Change),
                ]);
        }
    }

    private static bool HasPairs(IReadOnlyList<StatsView> inputs, string name)
    {
        foreach (var input in inputs)
        {
            var index = Index(input);
            if (index.PredecessorTotal(name) != 0 || index.SuccessorTotal(name) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static PairIndex Index(StatsView view) => view.Cache("pred-succ", () => new PairIndex(view.Tier1.PairCounts()));

    private static ReportRow[] Predecessors(PairIndex index, string name) =>
        TopRows(index, index.Predecessors(name), index.PredecessorTotal(name), labelFirst: true);

    private static ReportRow[] Successors(PairIndex index, string name) =>
        TopRows(index, index.Successors(name), index.SuccessorTotal(name), labelFirst: false);

    /// <param name="labelFirst">Label rows with the pair's first instruction (predecessors), else its second.</param>
    private static ReportRow[] TopRows(PairIndex index, ReadOnlySpan<int> group, Int128 total, bool labelFirst)
    {
        Span<int> top = stackalloc int[TopCount];
        int count = TopPairs.Select(index.Pairs, group, top);
        var rows = new ReportRow[count];
        for (int i = 0; i < count; i++)
        {
            var pair = index.Pairs[top[i]];
            rows[i] = new ReportRow(Cells.Text(labelFirst ? pair.First : pair.Second), Cells.Count(pair.Count), Cells.Ratio(pair.Count, total));
        }

        return rows;
    }
}
