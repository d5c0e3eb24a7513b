using BenchmarkDotNet.Attributes;
using PyStats.Parsing;
using PyStats.Rendering.Markdown;
using PyStats.Report.Building;

/// <summary>JSON input: reading the merged counters, and the whole JSON → Markdown report in-process.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private byte[] _json = [];
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _path = Corpus.LargestJson();
        _json = File.ReadAllBytes(_path);
    }

    [Benchmark(Description = "read merged JSON")]
    public int ReadJson() => JsonStatsReader.Parse(_json, _path).Counters.Count;

    [Benchmark(Description = "JSON -> Markdown report")]
    public int JsonToReport()
    {
        var data = StatsLoader.Load(_path, new LoadOptions()).Data;
        var document = ReportBuilder.Build([data], new ReportOptions());
        var output = new StringWriter();
        new MarkdownRenderer().Render(document, output);
        return output.GetStringBuilder().Length;
    }
}
