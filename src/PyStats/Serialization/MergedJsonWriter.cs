using System.Globalization;
using PyStats.Model;

namespace PyStats.Serialization;

/// <summary>
/// Writes a data set in the shape CPython's script saves with <c>--json-output</c> and reads back:
/// every counter in key order (with <c>__nfiles__</c> in its place), then
/// <c>_specialized_instructions</c>, <c>_stats_defines</c> and <c>_defines</c>.
/// </summary>
public static class MergedJsonWriter
{
    public static void Write(StatsData data, TextWriter output)
    {
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
