using System.Globalization;
using PyStats.Model;
using PyStats.Parsing;

namespace PyStats.Serialization;

/// <summary>
/// Writes a data set in the shape CPython's script saves with <c>--json-output</c> and reads back:
/// every counter in key order (with <c>__nfiles__</c> in its place), then
/// <c>_specialized_instructions</c>, <c>_stats_defines</c> and <c>_defines</c>.
/// </summary>
/// <remarks>
/// Counters are unsigned 64-bit integers, and pystats reads only those back: a total that does not
/// fit (many runs of counters near 2^64, which are usually wrapped negative values) is refused
/// before anything is written, so what is written always reads back.
/// </remarks>
public static class MergedJsonWriter
{
    /// <exception cref="StatsInputException">A counter is negative or not below 2^64.</exception>
    public static void Write(StatsData data, TextWriter output)
    {
        foreach (var (key, value) in data.Counters.Items)
        {
            if (value < 0 || value > CounterLimits.MaxValue)
            {
                throw new StatsInputException(
                    $"{data.Source}: key {MessageText.Quote(key)}: the total {value} does not fit the merged JSON, whose counters are unsigned 64-bit integers (below 2^64); nothing written");
            }
        }

        output.Write('{');
        bool first = true;
        foreach (var (key, value) in data.Counters.Items)
        {
            Member(output, ref first, key);
            output.Write(value.ToString(CultureInfo.InvariantCulture));
        }

        Member(output, ref first, CounterNames.SpecializedInstructions);
        PythonJson.WriteStringList(output, data.Metadata.SpecializedInstructions);
        Member(output, ref first, CounterNames.StatsDefines);
        WriteDefines(output, data.Metadata.StatsDefines);
        Member(output, ref first, CounterNames.Defines);
        WriteDefines(output, data.Metadata.Defines);
        output.Write('}');
    }

    private static void Member(TextWriter output, ref bool first, string name)
    {
        if (!first)
        {
            output.Write(", ");
        }

        first = false;
        PythonJson.WriteString(output, name);
        output.Write(": ");
    }

    private static void WriteDefines(TextWriter output, DefineTable table)
    {
        output.Write('{');
        bool first = true;
        foreach (var (index, names) in table.Entries)
        {
            Member(output, ref first, index.ToString(CultureInfo.InvariantCulture));
            PythonJson.WriteStringList(output, names);
        }

        output.Write('}');
    }
}
