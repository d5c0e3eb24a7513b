using System.Security.Cryptography;
using System.Text;
using PyStats.Parsing;

namespace PyStats.IO;

/// <summary>
/// What a path names, following symbolic links: its kind and identity. On Linux the identity is
/// the device and inode, so two spellings of one file (<c>./x</c>, a symbolic or hard link) match;
/// elsewhere it is the fully resolved path.
/// </summary>
public static class PathIdentity
{
    /// <summary>The file <paramref name="path"/> names, or null when nothing is there (or it cannot be examined).</summary>
    public static FileIdentity? Of(string path)
    {
        if (LinuxFile.IsAvailable)
        {
            return LinuxFile.TryStat(path, out var identity) ? identity : null;
        }

        string full = FinalTarget(path);
        FileKind kind = Directory.Exists(full) ? FileKind.Directory : File.Exists(full) ? FileKind.Regular : FileKind.Unknown;
        if (kind == FileKind.Unknown)
        {
            return null;
        }

        // Case-insensitive, as the file systems of Windows and macOS are by default.
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(Path.TrimEndingDirectorySeparator(full).ToUpperInvariant()));
        return new FileIdentity(kind, 0, BitConverter.ToUInt64(hash));
    }

    /// <summary>
    /// The regular file a standard stream (0 stdin, 1 stdout) of this process is redirected to,
    /// as <c>/proc/self/fd/N</c> names it; null for a terminal, pipe or device, or off Linux.
    /// </summary>
    public static string? RedirectedFile(int descriptor)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        string link = $"/proc/self/fd/{descriptor}";
        try
        {
            if (Of(link) is not { Kind: FileKind.Regular } identity || new FileInfo(link).LinkTarget is not { } target)
            {
                return null;
            }

            // A file deleted or renamed since reads "PATH (deleted)" or its old name: only a path
            // that still names the same file is used.
            return Of(target) is { } named && named.SameFileAs(identity) ? target : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether descriptor <paramref name="descriptor"/> is a pipe whose other end this process
    /// holds too, so that reading it would never end. That is what standard input is when it was
    /// closed (<c>pystats - &lt;&amp;-</c>): the runtime's own first pipe takes the free descriptor 0.
    /// </summary>
    public static bool IsOwnPipe(int descriptor)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            string? pipe = new FileInfo($"/proc/self/fd/{descriptor}").LinkTarget;
            if (pipe is null || !pipe.StartsWith("pipe:", StringComparison.Ordinal))
            {
                return false;
            }

            // Another descriptor of the same pipe open for writing (fdinfo "flags:" in octal; O_WRONLY 1, O_RDWR 2).
            string self = descriptor.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Directory.EnumerateFileSystemEntries("/proc/self/fd")
                .Select(Path.GetFileName)
                .Any(fd => fd != self && new FileInfo($"/proc/self/fd/{fd}").LinkTarget == pipe && OpenForWriting(fd!));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool OpenForWriting(string descriptor)
    {
        string? flags = File.ReadLines($"/proc/self/fdinfo/{descriptor}").FirstOrDefault(l => l.StartsWith("flags:", StringComparison.Ordinal));
        return flags is not null && (Convert.ToInt32(flags["flags:".Length..].Trim(), 8) & 3) != 0;
    }

    /// <summary>
    /// The path that is written when <paramref name="path"/> is written: a symbolic link's final
    /// target (which need not exist yet), else the path itself, made absolute.
    /// </summary>
    /// <exception cref="IOException">The links loop or cannot be read.</exception>
    public static string FinalTarget(string path)
    {
        string full = Path.GetFullPath(path);
        try
        {
            var target = File.ResolveLinkTarget(full, returnFinalTarget: true);
            return target is null ? full : Path.GetFullPath(target.FullName);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Nothing there yet: the file will be created.
            return full;
        }
    }
}
