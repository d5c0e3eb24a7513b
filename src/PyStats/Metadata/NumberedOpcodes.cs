using System.Text.Json;

namespace PyStats.Metadata;

/// <summary>
/// The instruction numbers of the CPython versions that wrote <c>opcode[N]</c> keys with numbers
/// instead of names (3.12): <c>Data/opcodes-X.Y.json</c>, taken from that Python's
/// <c>dis._all_opname</c>. Slots with no instruction (<c>&lt;N&gt;</c>) have no name.
/// </summary>
public static class NumberedOpcodes
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string?>>> All = new(LoadAll);

    /// <summary>Versions whose counters number their instructions, oldest first.</summary>
    public static IReadOnlyList<string> Versions => [.. All.Value.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The name of instruction <paramref name="number"/> in <paramref name="version"/>, or null.</summary>
    public static string? Name(string version, int number) =>
        All.Value.TryGetValue(version, out var names) && number >= 0 && number < names.Count ? names[number] : null;

    private static IReadOnlyDictionary<string, IReadOnlyList<string?>> LoadAll()
    {
        const string Prefix = "PyStats.Metadata.opcodes-";
        var result = new Dictionary<string, IReadOnlyList<string?>>(StringComparer.Ordinal);
        var assembly = typeof(NumberedOpcodes).Assembly;
        foreach (string resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(".json", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var document = JsonDocument.Parse(stream);
            var names = document.RootElement.GetProperty("opname").EnumerateArray()
                .Select(e => e.GetString() is { } name && !name.StartsWith('<') ? name : null)
                .ToList();
            result[resource[Prefix.Length..^".json".Length]] = names;
        }

        return result;
    }
}
