using System.Text;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.History;

/// <summary>
/// A small pipeline results tree built from the bundled samples (so bare-clone tests cover
/// ingest, trend and compare): bench_runner folder and file names, and the JSON "metadata"
/// member appended as the pipeline does. Series python/default has two runs (the Tier 2 off
/// sample, then the on sample as a later commit); python/PYTHON_UOPS has one.
/// </summary>
public sealed class HistoryFixture : IDisposable
{
    public const string CommitA = "aaaaaaa1111111111111111111111111111111111";
    public const string CommitB = "bbbbbbb2222222222222222222222222222222222";

    private readonly TempDirectory _temp = new();

    public HistoryFixture()
    {
        string samples = Path.Combine(RepoPaths.Samples, "cpython-3.13");
        OffJson = Path.Combine(samples, "stdlib-tests-tier2-off", "expected.json");
        OnJson = Path.Combine(samples, "stdlib-tests-tier2-on", "expected.json");
        Tree = _temp.File("results-tree");
        RunA = Add(OffJson, CommitA, "2024-04-01T10:00:00+02:00", flags: null);
        RunAUops = Add(OnJson, CommitA, "2024-04-01T10:00:00+02:00", flags: "PYTHON_UOPS");
        RunB = Add(OnJson, CommitB, "2024-04-03T09:30:00-07:00", flags: null);
    }

    public string OffJson { get; }

    public string OnJson { get; }

    /// <summary>The tree's root (pass it to history ingest).</summary>
    public string Tree { get; }

    public string RunA { get; }

    public string RunAUops { get; }

    public string RunB { get; }

    public string Database => _temp.File("history.duckdb");

    public TempDirectory Temp => _temp;

    public CliRun History(params string[] args) => CliRun.Invoke(["history", .. args, "--db", Database]);

    public void Dispose() => _temp.Dispose();

    /// <summary>The sample JSON with a pipeline "metadata" member, at its bench_runner path.</summary>
    private string Add(string sample, string commit, string date, string? flags)
    {
        string day = date[..10].Replace("-", string.Empty, StringComparison.Ordinal);
        string folder = $"bm-{day}-3.13.0a6+-{commit[..7]}" + (flags is null ? string.Empty : "-" + flags);
        string file = $"bm-{day}-azure-x86_64-python-{commit[..20]}-3.13.0a6+-{commit[..7]}-pystats.json";
        string json = File.ReadAllText(sample, Encoding.UTF8).TrimEnd();
        string metadata = $"{{\n    \"commit_id\": \"{commit[..7]}\",\n    \"commit_fork\": \"python\",\n    \"commit_branch\": \"{commit}\",\n    \"commit_date\": \"{date}\"\n  }}";
        string withMetadata = json[..json.LastIndexOf('}')].TrimEnd() + $",\n  \"metadata\": {metadata}\n}}";
        return _temp.Write(Path.Combine("results-tree", "results", folder, file), withMetadata);
    }
}
