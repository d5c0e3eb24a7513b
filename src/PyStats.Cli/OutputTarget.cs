using PyStats.IO;

namespace PyStats.Cli;

/// <summary>Writes a command's main output to stdout, or atomically to <c>-o FILE</c>.</summary>
public static class OutputTarget
{
    public static void Write(string? path, CliEnvironment env, Action<TextWriter> write)
    {
        if (path is null || path == "-")
        {
            write(env.Out);
            env.Out.Flush();
            return;
        }

        WriteFile(path, write, "the output");
    }

    /// <summary>Writes <paramref name="path"/> atomically; an I/O failure becomes one <see cref="OutputException"/>.</summary>
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
