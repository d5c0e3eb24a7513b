using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Html;

/// <summary>
/// A small suite of real data for the browser tests, made from the parity corpus kept in the
/// repository (so a bare clone has it): four benchmarks, each side a pipeline-named JSON file.
/// alpha: Tier 2 off → on (many changes); beta: unchanged; gamma and the long-named one (as long
/// as pyperformance's longest names): two different programs compared, so they have failing
/// changes (the default rules fail on large swings).
/// </summary>
public static class SuiteFixture
{
    /// <summary>The benchmarks, in name order (the index's order).</summary>
    public static readonly string[] Names = ["alpha", "async_tree_eager_memoization_tg", "beta", "gamma"];

    /// <summary>Writes DIRECTORY/base and DIRECTORY/head.</summary>
    public static void WriteInputs(string directory)
    {
        static string Corpus(string run) => Path.Combine(RepoPaths.Corpus, "cpython-3.13", run, "expected.json");
        string off = Corpus("stdlib-tests-tier2-off"), on = Corpus("stdlib-tests-tier2-on"), small = Corpus("many-small-processes");
        (string Name, string Base, string Head)[] benchmarks =
        [
            ("alpha", off, on),
            ("beta", small, small),
            ("async_tree_eager_memoization_tg", small, on),
            ("gamma", on, small),
        ];
        Directory.CreateDirectory(Path.Combine(directory, "base"));
        Directory.CreateDirectory(Path.Combine(directory, "head"));
        foreach (var (name, b, h) in benchmarks)
        {
            File.Copy(b, Path.Combine(directory, "base", $"bm-20251208-pystats-{name}.json"));
            File.Copy(h, Path.Combine(directory, "head", $"bm-20251209-pystats-{name}.json"));
        }
    }
}
