using CsCheck;
using PyStats.Model;
using PyStats.Report.Sections;

namespace PyStats.Tests.Report;

/// <summary>The pair selection and the pair index against a plain stable sort and a plain grouping.</summary>
public sealed class TopPairsTests
{
    // Few names and few distinct counts, so groups and ties are common.
    private static readonly Gen<List<PairCount>> Pairs =
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, 6], Gen.Int[-2, 4])
            .Array[0, 60]
            .Select(items =>
            {
                // Unique (first, second), as OpcodeView.PairCounts gives them.
                var seen = new HashSet<(int, int)>();
                return items.Where(p => seen.Add((p.Item1, p.Item2)))
                    .Select(p => new PairCount("I" + p.Item1, "I" + p.Item2, p.Item3))
                    .ToList();
            });

    [Fact]
    public void Selection_is_the_head_of_a_stable_descending_sort()
    {
        Gen.Select(Pairs, Gen.Int[0, 8]).Sample((pairs, count) =>
        {
            var expected = Enumerable.Range(0, pairs.Count).OrderByDescending(i => pairs[i].Count).Take(count).ToList();
            var top = new int[count];
            int kept = TopPairs.Select(pairs, top);
            Assert.Equal(expected, top[..kept]);
        });
    }

    [Fact]
    public void Index_groups_each_instruction_s_pairs_in_order_with_their_totals()
    {
        Pairs.Sample(pairs =>
        {
            var index = new PairIndex(pairs);
            foreach (string name in Enumerable.Range(0, 8).Select(i => "I" + i))
            {
                var predecessors = Enumerable.Range(0, pairs.Count).Where(i => pairs[i].Second == name).ToList();
                var successors = Enumerable.Range(0, pairs.Count).Where(i => pairs[i].First == name).ToList();
                Assert.Equal(predecessors, index.Predecessors(name).ToArray());
                Assert.Equal(successors, index.Successors(name).ToArray());
                Assert.Equal(predecessors.Aggregate(Int128.Zero, (t, i) => t + pairs[i].Count), index.PredecessorTotal(name));
                Assert.Equal(successors.Aggregate(Int128.Zero, (t, i) => t + pairs[i].Count), index.SuccessorTotal(name));

                var top = new int[3];
                int kept = TopPairs.Select(pairs, index.Successors(name), top);
                Assert.Equal(successors.OrderByDescending(i => pairs[i].Count).Take(3), top[..kept]);
            }
        });
    }
}
