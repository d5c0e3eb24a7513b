using PyStats.Metadata;
using PyStats.Model;
using PyStats.Parsing;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Metadata;

public sealed class OpcodeKeyNamingTests
{
    // Numbers of CPython 3.12.1 (dis._all_opmap): 106 LOAD_ATTR, 122 BINARY_OP, 171 CALL; 169 is an
    // empty slot.
    private static string Name312(int number) => NumberedOpcodes.Name("3.12", number)!;

    private static CounterSet Counters(params (string Key, long Value)[] items) =>
        new(items.Select(i => new KeyValuePair<string, Int128>(i.Key, i.Value)));

    [Fact]
    public void The_312_table_has_python_312_numbers()
    {
        Assert.Equal("LOAD_ATTR", Name312(106));
        Assert.Equal("CALL", Name312(171));
        Assert.Equal("BINARY_OP", Name312(122));
        Assert.Null(NumberedOpcodes.Name("3.12", 300));
        Assert.Null(NumberedOpcodes.Name("3.13", 106));
    }

    [Fact]
    public void Numbers_become_names_in_every_instruction_position_but_failure_kinds_stay()
    {
        var counters = Counters(
            ("opcode[106].specializable", 1),
            ("opcode[106].specialization.failure_kinds[17]", 5),
            ("opcode[106].pair_count[171]", 7),
            ("opcode[171].execution_count", 9),
            ("Object allocations", 3));
        var named = OpcodeKeyNaming.Apply(counters, CPythonVersionDetector.Detect(counters));
        Assert.Equal(
            [
                "opcode[LOAD_ATTR].specializable",
                "opcode[LOAD_ATTR].specialization.failure_kinds[17]",
                "opcode[LOAD_ATTR].pair_count[CALL]",
                "opcode[CALL].execution_count",
                "Object allocations",
            ],
            named.Keys);
        Assert.Equal(counters.Values, named.Values);
    }

    [Fact]
    public void Named_keys_and_versions_without_a_table_are_left_alone()
    {
        var named = Counters(("opcode[LOAD_ATTR].execution_count", 4));
        Assert.Same(named, OpcodeKeyNaming.Apply(named, "3.12"));
        var numbered = Counters(("opcode[106].execution_count", 4));
        Assert.Same(numbered, OpcodeKeyNaming.Apply(numbered, "3.13"));
    }

    [Fact]
    public void A_number_without_a_name_stays_a_number()
    {
        var counters = Counters(("opcode[106].pair_count[999]", 2), ("opcode[169].execution_count", 1));
        var named = OpcodeKeyNaming.Apply(counters, "3.12");
        Assert.Equal(["opcode[LOAD_ATTR].pair_count[999]", "opcode[169].execution_count"], named.Keys);
    }

    [Fact]
    public void Raw_312_counter_files_are_named_too()
    {
        using var temp = new TempDirectory();
        string file = temp.Write("stats.txt", "opcode[106].execution_count : 10\nopcode[106].specializable : 1\nopcode[106].specialization.hit : 8\nCalls to PyEval_EvalDefault: 3\n");
        var data = StatsLoader.Load(file, new LoadOptions()).Data;
        Assert.Equal("3.12", data.CPythonVersion);
        Assert.Equal(10, data.Counters.Get("opcode[LOAD_ATTR].execution_count"));
        Assert.Equal("built-in CPython 3.12", data.Metadata.Origin);
    }
}
