using System.Text;
using PyStats.Parsing;

namespace PyStats.IO;

/// <summary>
/// Writes an output file without ever destroying what was there: a regular file is replaced
/// atomically (a temporary file in the same directory, flushed to disk, then renamed over it, so
/// a failure or an interruption leaves the old file whole and no temporary file behind); a
/// symbolic link is followed and its target replaced; a device, FIFO or socket (<c>/dev/null</c>,
/// a named pipe) is written to directly, never replaced by a regular file.
/// </summary>
public static class AtomicFile
{
    public static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <exception cref="IOException">The file cannot be written (the message says why).</exception>
    /// <exception cref="UnauthorizedAccessException">Permission denied.</exception>
    public static void WriteText(string path, Action<TextWriter> write)
    {
        string target = PathIdentity.FinalTarget(path);
        var existing = PathIdentity.Of(target);
        if (existing is { Kind: FileKind.Directory })
        {
            throw new IOException("it is a directory");
        }

        if (existing is { Kind: not FileKind.Regular })
        {
            WriteThrough(target, write);
            return;
        }

        string directory = Path.GetDirectoryName(target) ?? ".";
        if (File.Exists(directory))
        {
            throw new IOException($"'{directory}' is a file, not a directory");
        }

        if (!Directory.Exists(directory))
        {
            // Said here in terms of the target: the temporary file's name would only confuse.
            throw new DirectoryNotFoundException($"the directory '{directory}' does not exist");
        }

        string temp = Path.Combine(directory, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        TemporaryFiles.Add(temp);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                using (var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16, leaveOpen: true))
                {
                    writer.NewLine = "\n";
                    write(writer);
                }

                stream.Flush(flushToDisk: true);
            }

            if (existing is not null && !OperatingSystem.IsWindows())
            {
                // The replacement keeps the permissions of the file it replaces.
                File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
            }

            File.Move(temp, target, overwrite: true);
            LinuxFile.SyncDirectory(directory);
        }
        catch (UnauthorizedAccessException)
        {
            throw new UnauthorizedAccessException($"permission denied writing in '{directory}'");
        }
        finally
        {
            TemporaryFiles.Remove(temp);
            TemporaryFiles.TryDelete(temp);
        }
    }

    /// <summary>Writes into an existing file that is not a regular file (a device, a FIFO), keeping it what it is.</summary>
    private static void WriteThrough(string target, Action<TextWriter> write)
    {
        using var stream = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        using var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16);
        writer.NewLine = "\n";
        write(writer);
    }
}
