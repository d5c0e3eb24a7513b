using System.Text;

namespace PyStats.Rendering.Csv;

/// <summary>
/// Turns table ids into file names that are safe on every common file system and unique even
/// where names are compared without case: <c>specialization-stats/load_attr/kinds</c> becomes
/// <c>specialization-stats__load_attr__kinds.csv</c>; a clash gets <c>-2</c>, <c>-3</c>….
/// </summary>
public sealed class CsvFileNames
{
    private const int MaxStemLength = 120;

    // Names Windows reserves whatever the extension.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="taken">Names already in use (the index file).</param>
    public CsvFileNames(params string[] taken) => _taken.UnionWith(taken);

    public string For(string tableId)
    {
        string stem = Stem(tableId);
        string name = stem + ".csv";
        for (int n = 2; !_taken.Add(name); n++)
        {
            name = $"{stem}-{n}.csv";
        }

        return name;
    }

    private static string Stem(string tableId)
    {
        var sb = new StringBuilder(tableId.Length + 8);
        foreach (char c in tableId.Replace("/", "__", StringComparison.Ordinal))
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? char.ToLowerInvariant(c) : '-');
        }

        string stem = sb.Length > MaxStemLength ? sb.ToString(0, MaxStemLength) : sb.ToString();
        if (stem.Length == 0)
        {
            return "table";
        }

        return Reserved.Contains(stem) ? stem + "_" : stem;
    }
}
