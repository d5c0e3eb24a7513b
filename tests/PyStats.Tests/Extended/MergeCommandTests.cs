using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Extended;

public sealed class MergeCommandTests
{
    private static readonly string Case = Path.Combine(RepoPaths.Corpus, "cpython-3.13", "many-small-processes");

    [Fact]
    public void Merging_two_halves_of_a_directory_gives_the_merged_json_of_the_whole()
    {
        using var temp = new TempDirectory();
        var files = Directory.GetFiles(Path.Combine(Case, "raw")).OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToList();
        for (int i = 0; i < files.Count; i++)
        {
            string half = i < files.Count / 2 ? "first" : "second";
            Directory.CreateDirectory(temp.File(half));
            File.Copy(files[i], Path.Combine(temp.File(half), Path.GetFileName(files[i])));
        }

        string output = temp.File("merged.json");
        var run = CliRun.Invoke("merge", temp.File("first"), temp.File("second"), "-o", output);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"merged 2 inputs ({files.Count} data files", run.Error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Case, "expected.json")), File.ReadAllBytes(output));
    }

    [Fact]
    public void Merging_json_and_raw_inputs_adds_them_up()
    {
        using var temp = new TempDirectory();
        string output = temp.File("twice.json");
        Assert.Equal(0, CliRun.Invoke("merge", Path.Combine(Case, "raw"), Path.Combine(Case, "expected.json"), "-o", output).ExitCode);
        string merged = File.ReadAllText(output);
        Assert.Contains("\"__nfiles__\": 120", merged);
    }

    [Fact]
    public void Mixed_cpython_versions_are_refused()
    {
        using var temp = new TempDirectory();
        string output = temp.File("mixed.json");
        var run = CliRun.Invoke("merge", Path.Combine(Case, "expected.json"), Path.Combine(RepoPaths.Corpus, "cpython-3.15", "pidigits", "input.json"), "-o", output);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("different CPython versions", run.Error);
        Assert.Contains("3.13", run.Error);
        Assert.Contains("3.15", run.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Merge_requires_an_output()
    {
        var run = CliRun.Invoke("merge", Path.Combine(Case, "expected.json"));
        Assert.Equal(2, run.ExitCode);
    }
}
