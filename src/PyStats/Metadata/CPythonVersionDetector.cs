using PyStats.Model;

namespace PyStats.Metadata;

/// <summary>
/// Guesses which CPython version wrote a set of counters, among the versions with built-in
/// metadata. The evidence, strongest first:
/// <list type="bullet">
/// <item>numbered instruction keys (<c>opcode[26]</c>): only a version with an instruction-number
/// table wrote them (3.12);</item>
/// <item>marker counters and instructions that only some versions print (10 votes each, to each
/// of those versions);</item>
/// <item>each Tier 1 instruction name that the specialized tables of some, not all, versions
/// have (1 vote to each of them).</item>
/// </list>
/// Equal votes go to the first in <see cref="TieOrder"/>: 3.14's table is 3.13's (the only 3.14
/// data seen is from just after the branch point), so 3.14 needs evidence of its own.
/// </summary>
public static class CPythonVersionDetector
{
    private static readonly (string Key, string[] Versions)[] MarkerCounters =
    [
        // Renamed in 3.14 (BINARY_OP_SUBSCR_*) and refcount stats split by mortality in 3.14/3.15.
        ("opcode[BINARY_SUBSCR].specializable", ["3.13", "3.14"]),
        ("Object interpreter increfs", ["3.13", "3.14"]),
        ("Object interpreter mortal increfs", ["3.15"]),
        ("GC[0] objects reachable from roots", ["3.15"]),
        ("Optimization unknown callee", ["3.15"]),
        (CounterNames.JitTotalMemory, ["3.15"]),
    ];

    /// <summary>Tier 1 instructions a version added that the specialized tables do not show.</summary>
    private static readonly (string Instruction, string[] Versions)[] MarkerInstructions =
    [
        // 3.14's main from June 2024 (after 3.13.0b1 branched); 3.13 never had it.
        ("LOAD_SPECIAL", ["3.14", "3.15"]),
    ];

    private static readonly string[] TieOrder = ["3.15", "3.13", "3.14", "3.12"];

    public static string Detect(CounterSet counters)
    {
        if (OpcodeKeyNaming.HasNumberedKeys(counters) && NumberedOpcodes.Versions is [.., var numbered])
        {
            return numbered;
        }

        var votes = BuiltInMetadata.Versions.ToDictionary(v => v, _ => 0, StringComparer.Ordinal);
        var names = InstructionNames(counters);
        var known = BuiltInMetadata.Versions;
        var tables = known.Select(v => BuiltInMetadata.For(v).SpecializedSet).ToArray();
        var owns = new bool[known.Count];
        foreach (string name in names)
        {
            // Loops, not a list per name: this runs for every instruction of every input loaded.
            int owners = 0;
            for (int v = 0; v < tables.Length; v++)
            {
                owns[v] = tables[v].Contains(name);
                owners += owns[v] ? 1 : 0;
            }

            if (owners > 0 && owners < votes.Count)
            {
                for (int v = 0; v < owns.Length; v++)
                {
                    if (owns[v])
                    {
                        votes[known[v]]++;
                    }
                }
            }
        }

        foreach (var (key, versions) in MarkerCounters)
        {
            if (counters.Contains(key))
            {
                Array.ForEach(versions, v => votes[v] += 10);
            }
        }

        foreach (var (instruction, versions) in MarkerInstructions)
        {
            if (names.Contains(instruction))
            {
                Array.ForEach(versions, v => votes[v] += 10);
            }
        }

        int best = votes.Values.Max();
        return TieOrder.Concat(BuiltInMetadata.Versions.Reverse()).First(v => votes.GetValueOrDefault(v, -1) == best);
    }

    /// <summary>The <c>NAME</c> of every <c>opcode[NAME]…</c> key.</summary>
    private static HashSet<string> InstructionNames(CounterSet counters)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var spans = names.GetAlternateLookup<ReadOnlySpan<char>>(); // a string per name, not per key
        foreach (string key in counters.Keys)
        {
            if (key.StartsWith("opcode[", StringComparison.Ordinal) && key.IndexOf(']') is var close and > 7)
            {
                spans.Add(key.AsSpan(7, close - 7));
            }
        }

        return names;
    }
}
