using PyStats.IO;
using PyStats.Parsing;

namespace PyStats.Cli;

/// <summary>
/// Writes a command's main output to stdout (no path, or <c>-</c>) or to a file through
/// <see cref="AtomicFile"/>, which never destroys what is there.
/// </summary>
public static class OutputTarget
{
    /// <summary>The path that means stdout.</summary>
    public const string StandardOutput = "-";

    public static void Write(string? path, CliEnvironment env, Action<TextWriter> write, string what = "the output")
    {
        if (path is null or StandardOutput)
        {
            write(env.Out);
            env.Out.Flush();
            return;
        }

        WriteFile(path, write, what);
    }

    /// <summary>Writes <paramref name="path"/> safely; an I/O failure becomes one <see cref="OutputException"/>.</summary>
    /// <param name="what">What is written, for the message ("the output", "the merged JSON"…).</param>
    public static void WriteFile(string path, Action<TextWriter> write, string what)
    {
        try
        {
            AtomicFile.WriteText(path, write);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"{path}: cannot write {what}: {e.Message}");
        }
    }
}
