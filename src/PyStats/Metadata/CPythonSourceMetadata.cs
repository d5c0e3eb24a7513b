using System.Globalization;
using PyStats.IO;
using PyStats.Model;
using PyStats.Parsing;

namespace PyStats.Metadata;

/// <summary>
/// Reads metadata from a CPython source checkout: <c>#define EVAL_CALL_…</c> from
/// <c>Include/cpython/pystats.h</c>, <c>#define SPEC_FAIL_…</c> from <c>Python/specialize.c</c>,
/// and the specialized instruction names from <c>_specialized_opmap</c> in
/// <c>Lib/_opcode_metadata.py</c>.
/// </summary>
public static class CPythonSourceMetadata
{
    public static StatsMetadata Read(string sourceDirectory)
    {
        if (!Directory.Exists(sourceDirectory))
        {
            throw new StatsInputException($"{sourceDirectory}: --cpython-source is not a directory");
        }

        string pystats = Path.Combine(sourceDirectory, "Include", "cpython", "pystats.h");
        string specialize = Path.Combine(sourceDirectory, "Python", "specialize.c");
        string opcodeMetadata = Path.Combine(sourceDirectory, "Lib", "_opcode_metadata.py");
        return new StatsMetadata(
            ReadSpecializedInstructions(opcodeMetadata),
            ReadDefines(pystats, "EVAL_CALL"),
            ReadDefines(specialize, "SPEC_FAIL"),
            $"CPython source {sourceDirectory}");
    }

    /// <summary>Lines <c>#define PREFIX_NAME VALUE</c> → VALUE → [NAME…] in file order.</summary>
    public static DefineTable ReadDefines(string path, string prefix)
    {
        string start = "#define " + prefix + "_";
        var order = new List<long>();
        var names = new Dictionary<long, List<string>>();
        foreach (string raw in ReadLines(path))
        {
            string line = raw.Trim();
            if (!line.StartsWith(start, StringComparison.Ordinal))
            {
                continue;
            }

            string[] parts = line[start.Length..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            // Function-like macros and defines whose value is not a plain number are not table entries.
            if (parts.Length != 2 || !long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out long value))
            {
                continue;
            }

            if (!names.TryGetValue(value, out var list))
            {
                list = new List<string>();
                names[value] = list;
                order.Add(value);
            }

            list.Add(parts[0]);
        }

        return new DefineTable(order.Select(v => new KeyValuePair<long, IReadOnlyList<string>>(v, names[v])));
    }

    /// <summary>The keys of <c>_specialized_opmap = { 'NAME': N, … }</c>, without names containing "__".</summary>
    public static IReadOnlyList<string> ReadSpecializedInstructions(string path)
    {
        var result = new List<string>();
        bool inside = false;
        foreach (string raw in ReadLines(path))
        {
            string line = raw.Trim();
            if (!inside)
            {
                inside = line.StartsWith("_specialized_opmap", StringComparison.Ordinal) && line.Contains('{');
                continue;
            }

            if (line.StartsWith('}'))
            {
                break;
            }

            int colon = line.IndexOf(':');
            if (colon > 0)
            {
                string name = line[..colon].Trim().Trim('\'', '"');
                if (name.Length > 0 && !name.Contains("__", StringComparison.Ordinal))
                {
                    result.Add(name);
                }
            }
        }

        if (!inside)
        {
            throw new StatsInputException($"{path}: no _specialized_opmap found (is this a CPython 3.13+ checkout?)");
        }

        return result;
    }

    private static IEnumerable<string> ReadLines(string path) => InputFiles.ReadAllLines(path, "the CPython source file");
}
