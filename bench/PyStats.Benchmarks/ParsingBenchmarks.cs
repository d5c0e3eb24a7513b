using BenchmarkDotNet.Attributes;
using PyStats.Model;
using PyStats.Parsing;

/// <summary>
/// The raw-counter hot path in isolation: one real counter file parsed into an accumulator that
/// already knows its keys (the steady state of a large directory), the same with a fresh
/// accumulator (the first file), and a whole directory of real files through the loader.
/// </summary>
[MemoryDiagnoser]
public class ParsingBenchmarks
{
    private byte[] _file = [];
    private CounterAccumulator _warm = new();
    private RawCounterParser _warmParser = null!;
    private string _directory = string.Empty;
    private int _index;

    [GlobalSetup]
    public void Setup()
    {
        var files = Corpus.RawFiles();
        _file = File.ReadAllBytes(files[0]);
        _warmParser = new RawCounterParser(_warm, [], _ => files[0]);
        _warmParser.Parse(_file, 0);

        _directory = Path.Combine(Path.GetTempPath(), "pystats-benchmarks-" + Environment.ProcessId);
        Directory.CreateDirectory(_directory);
        for (int i = 0; i < 200; i++)
        {
            File.Copy(files[i % files.Count], Path.Combine(_directory, $"{i:D4}-{Path.GetFileName(files[i % files.Count])}"), overwrite: true);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    /// <summary>Bytes of the file parsed by the two single-file benchmarks (for MB/s).</summary>
    public int FileBytes => _file.Length;

    [Benchmark(Description = "parse one file, keys known")]
    public int ParseKnownKeys()
    {
        _warmParser.Parse(_file, ++_index);
        return _warm.Count;
    }

    [Benchmark(Description = "parse one file, new table")]
    public int ParseNewTable()
    {
        var counters = new CounterAccumulator();
        new RawCounterParser(counters, [], _ => "file").Parse(_file, 0);
        return counters.Count;
    }

    [Benchmark(Description = "load 200 files (directory)")]
    public int LoadDirectory() => new RawDirectoryLoader().LoadDirectory(_directory).Counters.Count;
}
