namespace PyStats.Tests.Golden;

/// <summary>
/// Discovers parity cases in the corpus layout in every place <see cref="ParityRoots"/> lists:
/// <c>VERSION/CASE/raw</c>, <c>VERSION/CASE/expected.json</c> or <c>VERSION/CASE/input.json</c>
/// with <c>VERSION/CASE/expected.md</c>, and <c>VERSION/compare-BASE-vs-HEAD.md</c>. Every case
/// on disk becomes a test; nothing is listed by hand. A case whose bytes equal one found in an
/// earlier place is the same case and is dropped (see <see cref="Census"/>).
/// </summary>
public static class GoldenCases
{
    private static readonly Lazy<ParityDiscovery> Discovered = new(() => ParityDiscovery.Run(ParityRoots.All));

    /// <summary>Single reports: from raw/, from expected.json, from input.json.</summary>
    public static IEnumerable<GoldenCase> SingleReports() => Discovered.Value.Singles;

    /// <summary>Comparisons, once from each kind of source the two cases share (raw, JSON).</summary>
    public static IEnumerable<GoldenCase> Comparisons() => Discovered.Value.Comparisons;

    /// <summary>Raw directories that have a merged JSON made from them (for --json-output).</summary>
    public static IEnumerable<(string Raw, string ExpectedJson)> JsonOutputs() =>
        Discovered.Value.JsonOutputs.Select(c => (c.Inputs[0], c.Expected));

    /// <summary>How many cases each place gave, and how many it repeated.</summary>
    public static IReadOnlyList<ParityCount> Census() => Discovered.Value.Counts;
}
