using PyStats.Model;
using PyStats.Parsing;

namespace PyStats.Metadata;

/// <summary>
/// Metadata shipped with the tool for the CPython versions we know, so that raw counter files
/// alone give a correct report. The data files are CPython's own define tables and specialized
/// instruction lists for that version.
/// </summary>
public static class BuiltInMetadata
{
    private static readonly Lazy<IReadOnlyDictionary<string, StatsMetadata>> All = new(LoadAll);

    /// <summary>Known versions, oldest first.</summary>
    /// <remarks>Where each table came from is told in <c>Metadata/Data/README.md</c>.</remarks>
    public static IReadOnlyList<string> Versions { get; } = ["3.12", "3.13", "3.14", "3.15"];

    public static StatsMetadata For(string version) =>
        All.Value.TryGetValue(version.Trim(), out var metadata)
            ? metadata
            : throw new StatsInputException($"no built-in metadata for CPython {version}; known versions: {string.Join(", ", Versions)} (or use --cpython-source DIR)");

    public static bool IsKnown(string version) => All.Value.ContainsKey(version.Trim());

    private static IReadOnlyDictionary<string, StatsMetadata> LoadAll()
    {
        var result = new Dictionary<string, StatsMetadata>(StringComparer.Ordinal);
        var assembly = typeof(BuiltInMetadata).Assembly;
        foreach (string version in Versions)
        {
            using var stream = assembly.GetManifestResourceStream($"PyStats.Metadata.cpython-{version}.json")
                ?? throw new InvalidOperationException($"built-in metadata for {version} is missing from the assembly");
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var parsed = JsonStatsReader.Parse(memory.ToArray(), $"built-in metadata {version}", requireCounters: false);
            result[version] = new StatsMetadata(
                parsed.SpecializedInstructions ?? [],
                parsed.StatsDefines ?? DefineTable.Empty,
                parsed.Defines ?? DefineTable.Empty,
                $"built-in CPython {version}");
        }

        return result;
    }
}
