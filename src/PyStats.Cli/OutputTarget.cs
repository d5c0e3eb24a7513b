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

        try
        {
            AtomicFile.WriteText(path, write);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"{path}: cannot write the output: {e.Message}");
        }
    }
}
