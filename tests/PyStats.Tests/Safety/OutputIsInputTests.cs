using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Safety;

/// <summary>
/// Defect 2 of issue 8: an output that is one of the inputs (however spelled: the same path,
/// <c>./x</c>, a symbolic or hard link) or a file inside a raw input directory is refused with
/// exit 2 before anything is read or written.
/// </summary>
public sealed class OutputIsInputTests : IDisposable
{
    private const string Json = "{\"Frames pushed\": 5, \"__nfiles__\": 1}";

    private readonly TempDirectory _temp = new();

    public OutputIsInputTests()
    {
        _temp.Write("in.json", Json);
        _temp.Write("raw/a.txt", "Frames pushed : 1\n");
    }

    public void Dispose() => _temp.Dispose();

    private void AssertRefused(CliRun run, params string[] fragments)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.StartsWith("pystats: error: ", run.Error);
        foreach (string fragment in fragments)
        {
            Assert.Contains(fragment, run.Error);
        }

        Assert.Equal(Json, File.ReadAllText(_temp.File("in.json")));
        Assert.Equal("Frames pushed : 1\n", File.ReadAllText(_temp.File("raw/a.txt")));
        Assert.Single(Directory.GetFiles(_temp.File("raw")));
    }

    [Fact]
    public void Output_that_is_the_input_is_refused()
    {
        AssertRefused(CliRun.Invoke(_temp.File("in.json"), "-o", _temp.File("in.json")), "-o", "is the input");
    }

    [Fact]
    public void Json_output_that_is_the_input_is_refused()
    {
        AssertRefused(CliRun.Invoke(_temp.File("in.json"), "--json-output", _temp.File("in.json")), "--json-output", "is the input");
    }

    [Fact]
    public void Other_spellings_of_the_input_are_refused()
    {
        string dotted = Path.Combine(_temp.Path, ".", "raw", "..", "in.json");
        AssertRefused(CliRun.Invoke(_temp.File("in.json"), "-o", dotted), "is the input");

        File.CreateSymbolicLink(_temp.File("link.json"), "in.json");
        AssertRefused(CliRun.Invoke(_temp.File("link.json"), "-o", _temp.File("in.json")), "is the input");
        AssertRefused(CliRun.Invoke(_temp.File("in.json"), "-o", _temp.File("link.json")), "is the input");

        Assert.Equal(0, ShellRun.Invoke("ln in.json hard.json", _temp.Path).ExitCode);
        AssertRefused(CliRun.Invoke(_temp.File("hard.json"), "-o", _temp.File("in.json")), "is the input");
    }

    [Fact]
    public void Output_inside_a_raw_input_directory_is_refused()
    {
        AssertRefused(CliRun.Invoke(_temp.File("raw"), "-o", _temp.File("raw/report.md")), "inside the input directory");
        AssertRefused(CliRun.Invoke(_temp.File("raw"), "--json-output", _temp.File("raw/merged.json")), "inside the input directory");
    }

    [Fact]
    public void Csv_into_an_input_directory_is_refused()
    {
        AssertRefused(CliRun.Invoke(_temp.File("raw"), "--format", "csv", "-o", _temp.File("raw")), "is the input");
    }

    [Fact]
    public void Merge_output_that_is_an_input_is_refused()
    {
        AssertRefused(CliRun.Invoke("merge", _temp.File("raw"), _temp.File("in.json"), "-o", _temp.File("in.json")), "is the input");
    }

    [Fact]
    public void Compare_check_and_suite_outputs_that_are_inputs_are_refused()
    {
        _temp.Write("head.json", Json);
        AssertRefused(CliRun.Invoke("compare", _temp.File("in.json"), _temp.File("head.json"), "-o", _temp.File("in.json")), "is the input");
        AssertRefused(CliRun.Invoke("check", _temp.File("in.json"), _temp.File("head.json"), "-o", _temp.File("in.json")), "is the input");
        AssertRefused(CliRun.Invoke("suite", _temp.File("raw"), _temp.File("raw"), "-o", _temp.File("raw/a.txt")), "inside the input directory");
    }

    [Fact]
    public void The_rules_file_is_an_input_too()
    {
        string rules = _temp.Write("rules.json", "{\"rules\": []}");
        var run = CliRun.Invoke(_temp.File("in.json"), "--rules", rules, "-o", rules);
        AssertRefused(run, "is the input");
        Assert.Equal("{\"rules\": []}", File.ReadAllText(rules));
    }

    [Fact]
    public void Two_outputs_naming_the_same_file_are_refused()
    {
        string output = _temp.Write("out.md", "old");
        AssertRefused(CliRun.Invoke(_temp.File("in.json"), "-o", output, "--json-output", output), "name the same file");
        Assert.Equal("old", File.ReadAllText(output));
        AssertRefused(CliRun.Invoke(_temp.File("in.json"), "-o", _temp.File("new.md"), "--json-output", _temp.File("new.md")), "name the same file");
        Assert.False(File.Exists(_temp.File("new.md")));
    }
}
