using PyStats.Model;

namespace PyStats.Tests.Model;

/// <summary>The pairs of an opcode view: record then field order, zeros left out, a repeated pair keeps its first place and its last value.</summary>
public sealed class OpcodePairCountTests
{
    [Fact]
    public void Pairs_follow_record_and_field_order_and_a_repeat_keeps_its_place_with_the_last_value()
    {
        var counters = new CounterSet(new Dictionary<string, Int128>
        {
            ["opcode[A].execution_count"] = 9,
            ["opcode[A].pair_count[B]"] = 3,
            ["opcode[A].pair_count[C]"] = 0,
            ["opcode[A].pair_count[D]"] = 5,
            ["opcode[A].pair_count[B]x"] = 7,
            ["opcode[B].pair_count[B]"] = 2,
            ["opcode[B].pair_count[A]"] = 1,
            ["opcode[C].pair_count[D]"] = 4,
        });

        var pairs = new OpcodeView(counters, "opcode").PairCounts();

        Assert.Equal(
            [new PairCount("A", "B", 7), new PairCount("A", "D", 5), new PairCount("B", "B", 2), new PairCount("B", "A", 1), new PairCount("C", "D", 4)],
            pairs);
    }
}
