using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Golden;

/// <summary>
/// Every place parity cases are discovered, in order of precedence: the one list to extend
/// (e.g. with published reports). The repository's own places come first and are required, so a
/// bare clone runs every case it needs; the shared corpus beside the checkout adds what it has
/// that the repository does not.
/// </summary>
public static class ParityRoots
{
    public static IReadOnlyList<ParityRoot> All { get; } =
    [
        new("corpus", RepoPaths.Corpus, Optional: false),
        new("samples", RepoPaths.Samples, Optional: false),
        new("shared", RepoPaths.SharedCorpus, Optional: true),
    ];

    public static IEnumerable<ParityRoot> Present => All.Where(r => r.IsPresent);
}
