using PyStats.Metadata;
using PyStats.Model;
using PyStats.Parsing;
using PyStats.Tests.Golden;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Metadata;

public sealed class MetadataTests
{
    private static string Corpus313(string name) => Path.Combine(RepoPaths.Corpus, "cpython-3.13", name);

    [Fact]
    public void Built_in_313_tables_are_the_corpus_metadata()
    {
        var builtIn = BuiltInMetadata.For("3.13");
        var corpus = JsonStatsReader.Parse(File.ReadAllBytes(Corpus313("metadata.json")), "metadata.json", requireCounters: false);
        Assert.Equal(corpus.SpecializedInstructions, builtIn.SpecializedInstructions);
        Assert.Equal(Flatten(corpus.Defines!), Flatten(builtIn.Defines));
        Assert.Equal(Flatten(corpus.StatsDefines!), Flatten(builtIn.StatsDefines));
    }

    [Fact]
    public void Reading_a_cpython_checkout_gives_the_same_tables_in_the_same_order()
    {
        using var temp = new TempDirectory();
        var expected = BuiltInMetadata.For("3.13");
        var read = CPythonSourceMetadata.Read(FakeCPythonSource.Create(temp, expected));
        Assert.Equal(expected.SpecializedInstructions, read.SpecializedInstructions);
        Assert.Equal(Flatten(expected.Defines), Flatten(read.Defines));
        Assert.Equal(Flatten(expected.StatsDefines), Flatten(read.StatsDefines));
    }

    [Fact]
    public void Cpython_source_option_produces_the_golden_report()
    {
        using var temp = new TempDirectory();
        string source = FakeCPythonSource.Create(temp, BuiltInMetadata.For("3.13"));
        var run = CliRun.Invoke(Path.Combine(Corpus313("stdlib-tests-tier2-on"), "raw"), "--cpython-source", source);
        Assert.Equal(0, run.ExitCode);
        GoldenAssert.Identical(File.ReadAllText(Path.Combine(Corpus313("stdlib-tests-tier2-on"), "expected.md")), run.Out, "--cpython-source");
    }

    [Fact]
    public void Cpython_source_metadata_is_what_the_report_uses()
    {
        using var temp = new TempDirectory();
        var builtIn = BuiltInMetadata.For("3.13");
        var renamed = new StatsMetadata(
            builtIn.SpecializedInstructions,
            new DefineTable(builtIn.StatsDefines.Entries.Select(e => e.Key == 1 ? new KeyValuePair<long, IReadOnlyList<string>>(1, ["VECTORISH"]) : e)),
            builtIn.Defines,
            "test");
        var run = CliRun.Invoke(Path.Combine(Corpus313("stdlib-tests-tier2-on"), "raw"), "--cpython-source", FakeCPythonSource.Create(temp, renamed));
        Assert.Contains("Calls via PyEval_EvalFrame (vectorish)", run.Out);
        Assert.DoesNotContain("Calls via PyEval_EvalFrame (vector)<", run.Out);
    }

    [Fact]
    public void Missing_cpython_source_files_are_input_errors()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("empty"));
        var run = CliRun.Invoke(Path.Combine(Corpus313("stdlib-tests-tier2-on"), "raw"), "--cpython-source", temp.File("empty"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("pystats: error: ", run.Error);
        Assert.Contains("_opcode_metadata.py", run.Error);
    }

    [Theory]
    [InlineData("cpython-3.13/stdlib-tests-tier2-off/raw", "3.13")]
    [InlineData("cpython-3.13/stdlib-tests-tier2-on/raw", "3.13")]
    [InlineData("cpython-3.13/many-small-processes/raw", "3.13")]
    [InlineData("cpython-3.15/pidigits/input.json", "3.15")]
    [InlineData("cpython-3.15/pidigits-base/input.json", "3.15")]
    public void Version_is_detected_from_the_counters(string input, string version)
    {
        var data = StatsLoader.Load(Path.Combine(RepoPaths.Corpus, input), new LoadOptions()).Data;
        Assert.Equal(version, CPythonVersionDetector.Detect(data.Counters));
    }

    [Fact]
    public void Metadata_inside_json_wins_over_built_in_tables()
    {
        using var temp = new TempDirectory();
        string json = File.ReadAllText(Path.Combine(RepoPaths.Corpus, "cpython-3.15", "pidigits", "input.json"))
            .Replace("\"VECTOR\"", "\"VECTOR_FROM_JSON\"", StringComparison.Ordinal);
        string path = temp.Write("in.json", json);
        var run = CliRun.Invoke(path);
        Assert.Contains("Calls via PyEval_EvalFrame (vector from json)", run.Out);
    }

    [Fact]
    public void Cpython_version_option_picks_other_built_in_tables()
    {
        string raw = Path.Combine(Corpus313("stdlib-tests-tier2-on"), "raw");
        var detected = CliRun.Invoke(raw);
        var forced = CliRun.Invoke(raw, "--cpython-version", "3.15");
        Assert.Equal(0, forced.ExitCode);
        Assert.NotEqual(detected.Out, forced.Out);
    }

    private static List<string> Flatten(DefineTable table) =>
        table.Entries.Select(e => e.Key + "=" + string.Join(",", e.Value)).ToList();
}
