using PyStats.IO;
using PyStats.Parsing;

namespace PyStats.Cli;

/// <summary>An output of a command: the option that names it, the path (null or <c>-</c>: stdout), and whether it is a directory of files.</summary>
public readonly record struct OutputPath(string Option, string? Path, bool IsDirectory = false);

/// <summary>
/// Refuses, before anything is read, a command whose output would overwrite one of its inputs:
/// an output that is an input file (by device and inode, so <c>./x</c>, symbolic and hard links
/// are caught), a file inside an input directory whose files are read as counters, or anything
/// at any depth under a directory whose whole tree is read (a suite's side: its subdirectories
/// are benchmarks).
/// </summary>
public static class OutputGuard
{
    /// <summary>How stdout is named when it is redirected to a file (<c>&gt;&gt; f.json</c>).</summary>
    public const string StandardOutputOption = "stdout";

    /// <exception cref="UsageException">An output is an input, or lies in an input directory.</exception>
    public static void Check(CliEnvironment env, IEnumerable<string?> inputs, params IEnumerable<OutputPath> outputs) => Check(env, inputs, [], outputs);

    /// <param name="env">Says which files stdin and stdout are redirected to, if any: stdout (an output given as null or <c>-</c>) is checked like a named file.</param>
    /// <param name="inputTrees">Input directories read with their subdirectories: no output may be anywhere under them.</param>
    /// <exception cref="UsageException">An output is an input, or lies in an input directory.</exception>
    public static void Check(CliEnvironment env, IEnumerable<string?> inputs, IReadOnlyCollection<string> inputTrees, params IEnumerable<OutputPath> outputs)
    {
        // An empty path ("" from an unset shell variable) names nothing: said here, before any use.
        var named = inputs.ToList();
        if (named.Contains(string.Empty))
        {
            throw new UsageException("an input path is empty (''); give a file or directory");
        }

        outputs = outputs.ToList();
        if (outputs.FirstOrDefault(o => o.Path is { Length: 0 }) is { Option: { } option })
        {
            throw new UsageException($"{option} '': an empty path; give a file name, or '-' for stdout");
        }

        var trees = inputTrees
            .Select(p => (Path: p, Identity: PathIdentity.Of(p)))
            .Where(t => t.Identity is { Kind: FileKind.Directory })
            .ToList();
        var read = named
            .Select(p => p == StatsLoader.StandardInputName ? env.StandardInputFile : p)
            .Where(p => p is not null)
            .Select(p => (Path: p!, Identity: PathIdentity.Of(p!)))
            .Where(i => i.Identity is not null)
            .ToList();
        var written = new List<(OutputPath Output, FileIdentity? Identity, string Target)>();
        foreach (var given in outputs)
        {
            var output = given;
            if (output.Path is null or OutputTarget.StandardOutput)
            {
                // Written to stdout: checked when stdout is a file (`>> input`, `> raw/report.md`).
                if (output.IsDirectory || env.StandardOutputFile is null)
                {
                    continue;
                }

                output = new OutputPath(StandardOutputOption, env.StandardOutputFile);
            }

            string outputPath = output.Path!;
            var identity = PathIdentity.Of(outputPath);
            var directory = output.IsDirectory ? null : ParentOf(outputPath);
            foreach (var (path, input) in read)
            {
                if (identity is { } same && same.SameFileAs(input!.Value))
                {
                    throw new UsageException(
                        $"{output.Option} {MessageText.Quote(outputPath)} is the input {MessageText.Quote(path)}: writing it would destroy the data; {Elsewhere(output)}");
                }

                if (directory is { } parent && input!.Value.Kind == FileKind.Directory && parent.SameFileAs(input.Value))
                {
                    throw new UsageException(
                        $"{output.Option} {MessageText.Quote(outputPath)} is inside the input directory {MessageText.Quote(path)}, whose files are read as counter files; {Elsewhere(output)}");
                }
            }

            // The same file, existing (same identity) or to be made (same resolved path).
            string target = TargetOf(outputPath);
            if (trees.Count > 0)
            {
                CheckTrees(output, target, trees);
            }

            foreach (var (other, otherIdentity, otherTarget) in written)
            {
                if ((identity is { } existing && otherIdentity is { } before && existing.SameFileAs(before)) || target == otherTarget)
                {
                    throw new UsageException($"{other.Option} and {output.Option} name the same file {MessageText.Quote(outputPath)}");
                }
            }

            written.Add((output, identity, target));
        }
    }

    /// <summary>Refuses an output whose path (a directory output: itself included) passes through an input tree.</summary>
    private static void CheckTrees(OutputPath output, string target, List<(string Path, FileIdentity? Identity)> trees)
    {
        string? directory = output.IsDirectory ? target : System.IO.Path.GetDirectoryName(target);
        for (; directory is not null; directory = System.IO.Path.GetDirectoryName(directory))
        {
            if (PathIdentity.Of(directory) is not { } identity)
            {
                // Not made yet: what will hold it is further up.
                continue;
            }

            foreach (var (path, tree) in trees)
            {
                if (identity.SameFileAs(tree!.Value))
                {
                    throw new UsageException(
                        $"{output.Option} {MessageText.Quote(output.Path!)} is inside the input directory {MessageText.Quote(path)}, whose subdirectories are read as benchmarks; {Elsewhere(output)}");
                }
            }
        }
    }

    private static string Elsewhere(OutputPath output) =>
        output.Option == StandardOutputOption ? "redirect stdout to another file"
        : output.IsDirectory ? "choose another directory"
        : "choose another file";

    private static string TargetOf(string path)
    {
        try
        {
            return PathIdentity.FinalTarget(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return System.IO.Path.GetFullPath(path);
        }
    }

    /// <summary>The directory the file is written in (a symbolic link's target's), if it exists.</summary>
    private static FileIdentity? ParentOf(string path)
    {
        try
        {
            return System.IO.Path.GetDirectoryName(PathIdentity.FinalTarget(path)) is { } parent ? PathIdentity.Of(parent) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A link loop or an unreadable link: writing will fail and say so.
            return null;
        }
    }
}
