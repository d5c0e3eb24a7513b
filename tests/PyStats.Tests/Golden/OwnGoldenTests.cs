using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Golden;

/// <summary>
/// Golden outputs of the commands CPython's script does not have (extended, N-way, suite,
/// check), listed in <c>Golden/Own/cases.tsv</c>. The files were reviewed when written; any change
/// in output must be deliberate (regenerate with PYSTATS_UPDATE_GOLDENS=1 and review the diff).
/// </summary>
public sealed class OwnGoldenTests
{
    private static string OwnDirectory => Path.Combine(RepoPaths.Root, "tests", "PyStats.Tests", "Golden", "Own");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string line in File.ReadAllLines(Path.Combine(OwnDirectory, "cases.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] parts = line.Split('\t', 2);
            data.Add(parts[0], parts[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_matches_the_reviewed_golden(string name, string arguments)
    {
        using var temp = new TempDirectory();
        var args = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => Resolve(a, temp)).ToArray();
        var run = CliRun.Invoke(args);
        Assert.True(run.ExitCode is 0, $"exit {run.ExitCode}: {run.Error}");

        string expectedPath = Path.Combine(OwnDirectory, name.EndsWith(".txt", StringComparison.Ordinal) ? name : name + ".md");
        string actual = run.Out.Replace(temp.Path, "TEMP", StringComparison.Ordinal).Replace(RepoPaths.Corpus, "CORPUS", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("PYSTATS_UPDATE_GOLDENS") == "1")
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }

        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; generate it with PYSTATS_UPDATE_GOLDENS=1 and review it");
        GoldenAssert.Identical(File.ReadAllText(expectedPath), actual, name);
    }

    private static string Resolve(string argument, TempDirectory temp)
    {
        if (argument.StartsWith("corpus:", StringComparison.Ordinal))
        {
            return Path.Combine(RepoPaths.Corpus, argument["corpus:".Length..]);
        }

        if (argument.StartsWith("suite:", StringComparison.Ordinal))
        {
            string name = argument["suite:".Length..];
            string directory = temp.File(name);
            Directory.CreateDirectory(directory);
            foreach (string line in File.ReadAllLines(Path.Combine(OwnDirectory, "suites", name + ".tsv")).Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                string[] parts = line.Split('\t');
                string source = Path.Combine(RepoPaths.Corpus, parts[1]);
                if (Directory.Exists(source))
                {
                    CopyDirectory(source, Path.Combine(directory, parts[0]));
                }
                else
                {
                    File.Copy(source, Path.Combine(directory, $"bm-20251208-pystats-{parts[0]}.json"));
                }
            }

            return directory;
        }

        return argument;
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (string file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }
}
