using System.Runtime.InteropServices;
using System.Text;

namespace PyStats.IO;

/// <summary>
/// The exact bytes of command-line arguments that are not valid UTF-8. .NET decodes argv lossily
/// (each invalid byte becomes U+FFFD), so <c>pystats $'bad\xff.json'</c> would name a file that is
/// not there; on Linux the kernel keeps the original bytes in <c>/proc/self/cmdline</c>.
/// </summary>
public static class CommandLineBytes
{
    /// <summary>What .NET puts in place of bytes that are not UTF-8.</summary>
    public const char Replacement = '\uFFFD';

    private const int PathOnly = 0x200000;
    private const int CloseOnExec = 0x80000;

    /// <summary>This process's <c>/proc/self/cmdline</c>, or null off Linux or when it cannot be read.</summary>
    public static byte[]? Read()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return File.ReadAllBytes("/proc/self/cmdline");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The original bytes of each argument of <paramref name="args"/> that holds U+FFFD (null for
    /// the others), or null when <paramref name="cmdline"/> does not match <paramref name="args"/>.
    /// </summary>
    /// <remarks>
    /// Matched by position: the program's arguments are the last entries of the process's argv
    /// (what comes before is the host: <c>dotnet</c>, its options, <c>pystats.dll</c>), and only
    /// the position can tell which bytes an argument had, since lossy decoding maps different bytes
    /// to the same text. Each entry is checked to decode to its argument, so a command line that
    /// does not line up (changed at run time, or a host that rewrites it) recovers nothing.
    /// </remarks>
    public static byte[]?[]? Recover(IReadOnlyList<string> args, ReadOnlySpan<byte> cmdline)
    {
        var entries = new List<byte[]>();
        while (!cmdline.IsEmpty)
        {
            int end = cmdline.IndexOf((byte)0);
            entries.Add(cmdline[..(end < 0 ? cmdline.Length : end)].ToArray());
            cmdline = end < 0 ? default : cmdline[(end + 1)..];
        }

        int first = entries.Count - args.Count;
        if (first < 0)
        {
            return null;
        }

        var bytes = new byte[]?[args.Count];
        for (int i = 0; i < args.Count; i++)
        {
            if (Encoding.UTF8.GetString(entries[first + i]) != args[i])
            {
                return null;
            }

            bytes[i] = args[i].Contains(Replacement) ? entries[first + i] : null;
        }

        return bytes;
    }

    /// <summary>
    /// Opens the file or directory <paramref name="path"/> (raw bytes) without reading it and
    /// returns a path that names it and is valid UTF-8 (<c>/proc/self/fd/N</c>, kept open for the
    /// life of the process), or null when nothing is there or it cannot be opened.
    /// </summary>
    public static string? OpenByBytes(byte[] path)
    {
        if (!OperatingSystem.IsLinux() || path.Length == 0 || Array.IndexOf(path, (byte)0) >= 0)
        {
            return null;
        }

        try
        {
            // O_PATH: no read, so a FIFO does not block and an unreadable file still gets its own
            // "permission denied" when it is opened for reading through the returned path.
            int descriptor = SysOpen([.. path, 0], PathOnly | CloseOnExec);
            return descriptor >= 0 ? $"/proc/self/fd/{descriptor}" : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int SysOpen(byte[] path, int flags);
}
