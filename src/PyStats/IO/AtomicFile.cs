using System.Text;

namespace PyStats.IO;

/// <summary>
/// Writes a file through a temporary file in the same directory and renames it into place, so a
/// failure never leaves a half-written file where a good one was.
/// </summary>
public static class AtomicFile
{
    public static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static void WriteText(string path, Action<TextWriter> write)
    {
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full) ?? ".";
        string temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        if (!Directory.Exists(directory))
        {
            // Said here in terms of the target: the temporary file's name would only confuse.
            throw new DirectoryNotFoundException($"the directory '{directory}' does not exist");
        }

        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16))
            {
                writer.NewLine = "\n";
                write(writer);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new UnauthorizedAccessException($"permission denied writing in '{directory}'");
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
