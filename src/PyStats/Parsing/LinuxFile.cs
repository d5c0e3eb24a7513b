using System.Runtime.InteropServices;

namespace PyStats.Parsing;

/// <summary>
/// Opens and reads files with the Linux system calls directly, from a UTF-8 path relative to an
/// open directory. <see cref="File.OpenHandle"/> allocates per file (path strings, a handle
/// object) and adds calls a counter file does not need (an advisory lock, fadvise); over thousands
/// of files that costs time and makes memory grow with the file count. Everything that fails here
/// is retried through the managed API by the caller, which then reports the error as usual.
/// </summary>
internal static unsafe class LinuxFile
{
    private const int ReadOnly = 0;
    private const int CloseOnExec = 0x80000;
    private const int DirectoryOnly = 0x10000;
    private const int Interrupted = 4;

    /// <summary>The directory descriptor meaning "relative to the current directory".</summary>
    public const int CurrentDirectory = -100;

    private static volatile bool s_unavailable = !OperatingSystem.IsLinux();

    public static bool IsAvailable => !s_unavailable;

    /// <summary>Opens a directory to open files relative to it; -1 when that is not possible here.</summary>
    public static int OpenDirectory(string path)
    {
        if (s_unavailable)
        {
            return -1;
        }

        Span<byte> bytes = stackalloc byte[1024];
        return ToNullTerminated(path, bytes) is { } name ? Open(CurrentDirectory, name, DirectoryOnly) : -1;
    }

    /// <summary>Opens <paramref name="name"/> (UTF-8, null-terminated) for reading; -1 on any failure.</summary>
    public static int OpenFile(int directory, ReadOnlySpan<byte> name) => Open(directory, name, 0);

    /// <summary>Reads up to <paramref name="buffer"/>'s length; -errno on failure.</summary>
    public static int Read(int descriptor, Span<byte> buffer)
    {
        fixed (byte* data = buffer)
        {
            while (true)
            {
                nint read = SysRead(descriptor, data, buffer.Length);
                if (read >= 0)
                {
                    return (int)read;
                }

                int error = Marshal.GetLastPInvokeError();
                if (error != Interrupted)
                {
                    return -error;
                }
            }
        }
    }

    public static void Close(int descriptor)
    {
        if (descriptor >= 0)
        {
            SysClose(descriptor);
        }
    }

    /// <summary>Encodes a path as null-terminated UTF-8 into <paramref name="buffer"/>; null when it does not fit.</summary>
    public static ReadOnlySpan<byte> ToNullTerminated(ReadOnlySpan<char> path, Span<byte> buffer)
    {
        if (path.Length * 3 >= buffer.Length || path.Contains('\0'))
        {
            return default;
        }

        int length = System.Text.Encoding.UTF8.GetBytes(path, buffer);
        buffer[length] = 0;
        return buffer[..(length + 1)];
    }

    private static int Open(int directory, ReadOnlySpan<byte> name, int flags)
    {
        if (name.IsEmpty || s_unavailable)
        {
            return -1;
        }

        try
        {
            fixed (byte* path = name)
            {
                while (true)
                {
                    int descriptor = SysOpenAt(directory, path, ReadOnly | CloseOnExec | flags);
                    if (descriptor >= 0 || Marshal.GetLastPInvokeError() != Interrupted)
                    {
                        return descriptor;
                    }
                }
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not a libc this code knows: use the managed API from now on.
            s_unavailable = true;
            return -1;
        }
    }

    [DllImport("libc", EntryPoint = "openat", SetLastError = true)]
    private static extern int SysOpenAt(int directory, byte* path, int flags);

    [DllImport("libc", EntryPoint = "read", SetLastError = true)]
    private static extern nint SysRead(int descriptor, byte* buffer, nint count);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int SysClose(int descriptor);
}
