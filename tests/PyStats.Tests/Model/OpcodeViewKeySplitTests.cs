using PyStats.Model;

namespace PyStats.Tests.Model;

/// <summary>
/// An opcode view splits each key into record and field once per process; keys that are not in
/// the plain <c>PREFIX[NAME].FIELD</c> form can give one record the same field twice, and then the
/// field keeps its first position and its last value, as a dictionary assignment would.
/// </summary>
public sealed class OpcodeViewKeySplitTests
{
    private static OpcodeView View(string prefix, params (string Key, long Value)[] counters) =>
        new(new CounterSet(counters.Select(c => new KeyValuePair<string, Int128>(c.Key, c.Value))), prefix);

    [Fact]
    public void Plain_keys_give_records_in_first_appearance_order()
    {
        var view = View("opcode", ("opcode[SPLIT_A].execution_count", 5), ("opcode[SPLIT_B].execution_count", 7), ("opcode[SPLIT_A].pair_count[SPLIT_B]", 2), ("other", 1));

        Assert.Equal(["SPLIT_A", "SPLIT_B"], view.Records.Select(r => r.Name));
        Assert.Equal([("execution_count", (Int128)5), ("pair_count[SPLIT_B]", 2)], view["SPLIT_A"]!.Items.Select(i => (i.Key, i.Value)));
        Assert.Equal((Int128)12, view.TotalExecutionCount());
    }

    [Theory]
    [InlineData("opcode[SPLIT_C]execution_count")]
    [InlineData("opcode[SPLIT_C]..execution_count")]
    [InlineData("opcode[SPLIT_C].execution_count.")]
    [InlineData("opcodeXSPLIT_C].execution_count")]
    public void Another_spelling_of_a_field_sets_the_same_field(string variant)
    {
        var view = View("opcode", ("opcode[SPLIT_C].execution_count", 3), ("opcode[SPLIT_C].miss", 1), (variant, 9));

        var record = view["SPLIT_C"]!;
        Assert.Equal([("execution_count", (Int128)9), ("miss", 1)], record.Items.Select(i => (i.Key, i.Value)));
    }

    [Fact]
    public void A_record_of_many_fields_finds_each_of_them()
    {
        var counters = Enumerable.Range(0, 60).Select(i => ($"opcode[SPLIT_D].pair_count[X{i}]", (long)i + 1)).Append(("opcode[SPLIT_D].execution_count", 100)).ToArray();
        var record = View("opcode", counters)["SPLIT_D"]!;

        Assert.Equal(61, record.Items.Count());
        Assert.Equal((Int128)100, record.Get(OpcodeFields.ExecutionCount));
        Assert.Equal((Int128)42, record.Get("pair_count[X41]"));
        Assert.Null(record.Find("pair_count[X60]"));
    }

    [Fact]
    public void Another_spelling_in_a_record_of_many_fields_sets_the_same_field()
    {
        var counters = Enumerable.Range(0, 30).Select(i => ($"opcode[SPLIT_E].pair_count[X{i}]", (long)i + 1))
            .Prepend(("opcode[SPLIT_E].execution_count", 1))
            .Append(("opcode[SPLIT_E]execution_count", 77))
            .Append(("opcode[SPLIT_E]..pair_count[X3]", 55))
            .ToArray();
        var record = View("opcode", counters)["SPLIT_E"]!;

        Assert.Equal(31, record.Items.Count());
        Assert.Equal(("execution_count", (Int128)77), (record.Items.First().Key, record.Items.First().Value));
        Assert.Equal((Int128)55, record.Get("pair_count[X3]"));
        Assert.Equal((Int128)30, record.Get("pair_count[X29]"));
    }
}
