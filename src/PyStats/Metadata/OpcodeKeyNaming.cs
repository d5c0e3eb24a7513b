using System.Text;
using PyStats.Model;

namespace PyStats.Metadata;

/// <summary>
/// Gives numbered instruction keys their names, so data of a version that wrote numbers
/// (3.12: <c>opcode[26].specializable</c>, <c>opcode[26].pair_count[100]</c>) reads like every
/// other version's. Runs once after loading; the parsers and the report never see numbers.
/// </summary>
public static class OpcodeKeyNaming
{
    /// <summary>Key parts whose bracketed number is an instruction (failure kinds stay numbers).</summary>
    private static readonly string[] InstructionBrackets = ["opcode[", "pair_count["];

    /// <summary>Does any key number its instruction (<c>opcode[</c> followed by a digit)?</summary>
    public static bool HasNumberedKeys(CounterSet counters) => counters.Keys.Any(IsNumbered);

    /// <summary>
    /// The counters with every instruction number named from <paramref name="version"/>'s table, in
    /// the same order; unchanged when nothing is numbered or the version has no table. A number
    /// the table does not name stays a number (it is listed under "Other counters", never lost).
    /// </summary>
    public static CounterSet Apply(CounterSet counters, string version)
    {
        if (!NumberedOpcodes.Versions.Contains(version) || !HasNumberedKeys(counters))
        {
            return counters;
        }

        var renamed = new List<KeyValuePair<string, Int128>>(counters.Count);
        var positions = new Dictionary<string, int>(counters.Count, StringComparer.Ordinal);
        foreach (var (key, value) in counters.Items)
        {
            string name = Rename(key, version);
            if (positions.TryGetValue(name, out int at))
            {
                // Two numbers with one name cannot come from CPython's tables; summing loses nothing.
                renamed[at] = new(name, renamed[at].Value + value);
                continue;
            }

            positions[name] = renamed.Count;
            renamed.Add(new(name, value));
        }

        return new CounterSet(renamed);
    }

    private static bool IsNumbered(string key) => key.Length > 7 && key.StartsWith("opcode[", StringComparison.Ordinal) && char.IsAsciiDigit(key[7]);

    private static string Rename(string key, string version)
    {
        StringBuilder? result = null;
        int copied = 0;
        for (int i = 0; i < key.Length; i++)
        {
            foreach (string bracket in InstructionBrackets)
            {
                if (string.CompareOrdinal(key, i, bracket, 0, bracket.Length) != 0)
                {
                    continue;
                }

                int start = i + bracket.Length;
                int end = start;
                while (end < key.Length && char.IsAsciiDigit(key[end]))
                {
                    end++;
                }

                if (end == start || end >= key.Length || key[end] != ']' || end - start > 3
                    || NumberedOpcodes.Name(version, int.Parse(key.AsSpan(start, end - start))) is not { } name)
                {
                    continue;
                }

                result ??= new StringBuilder(key.Length + 24);
                result.Append(key, copied, start - copied).Append(name);
                copied = end;
                i = end;
                break;
            }
        }

        return result is null ? key : result.Append(key, copied, key.Length - copied).ToString();
    }
}
