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
    private const int NonBlocking = 0x800;
    private const int Interrupted = 4;
    private const int EmptyPath = 0x1000;
    private const int StatxBasicStats = 0x7FF;

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
    /// <param name="nonBlocking">
    /// Open without waiting (a FIFO that has no writer yet opens at once; its read returns 0), for
    /// files found in a directory that may have become a FIFO since it was listed.
    /// </param>
    public static int OpenFile(int directory, ReadOnlySpan<byte> name, bool nonBlocking = false) => Open(directory, name, nonBlocking ? NonBlocking : 0);

    /// <summary>One entry of a directory: its name as the kernel has it (raw bytes: it need not be UTF-8) and its kind as listed.</summary>
    public delegate void DirectoryEntry(ReadOnlySpan<byte> name, FileKind kind);

    /// <summary>
    /// Calls <paramref name="entry"/> for each entry of a directory but "." and "..", allocating
    /// nothing per entry; false when this is not possible here (the caller lists with the managed API).
    /// </summary>
    /// <exception cref="IOException">The directory cannot be listed.</exception>
    public static bool ListDirectory(string path, DirectoryEntry entry)
    {
        if (s_unavailable || !Environment.Is64BitProcess)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[1024];
        var name = ToNullTerminated(path, bytes);
        if (name.IsEmpty)
        {
            return false;
        }

        try
        {
            nint directory;
            fixed (byte* p = name)
            {
                directory = SysOpenDir(p);
            }

            if (directory == 0)
            {
                int error = Marshal.GetLastPInvokeError();
                throw new IOException(Marshal.GetPInvokeErrorMessage(error));
            }

            try
            {
                while (true)
                {
                    byte* next = SysReadDir(directory);
                    if (next == null)
                    {
                        return true;
                    }

                    // struct dirent on 64-bit Linux (glibc and musl): d_ino 8, d_off 8, d_reclen 2, d_type 1, d_name.
                    var entryName = MemoryMarshal.CreateReadOnlySpanFromNullTerminated(next + 19);
                    if (!entryName.SequenceEqual("."u8) && !entryName.SequenceEqual(".."u8))
                    {
                        entry(entryName, KindOfDirectoryEntry(next[18]));
                    }
                }
            }
            finally
            {
                SysCloseDir(directory);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_unavailable = true;
            return false;
        }
    }

    /// <summary>The kind and identity of what <paramref name="name"/> (null-terminated, relative to <paramref name="directory"/>) is, following symbolic links.</summary>
    /// <returns>False when the file cannot be examined (it vanished, a broken link…) or this is not possible here.</returns>
    public static bool TryStat(int directory, ReadOnlySpan<byte> name, out FileIdentity identity) => Stat(directory, name, 0, out identity);

    /// <summary>The kind and identity of an open descriptor.</summary>
    public static bool TryStat(int descriptor, out FileIdentity identity) => Stat(descriptor, "\0"u8, EmptyPath, out identity);

    /// <summary>The kind and identity of <paramref name="path"/>, following symbolic links.</summary>
    public static bool TryStat(string path, out FileIdentity identity)
    {
        identity = default;
        Span<byte> bytes = stackalloc byte[4096];
        var name = ToNullTerminated(path, bytes);
        return !name.IsEmpty && Stat(CurrentDirectory, name, 0, out identity);
    }

    private static bool Stat(int directory, ReadOnlySpan<byte> name, int flags, out FileIdentity identity)
    {
        identity = default;
        if (s_unavailable || name.IsEmpty)
        {
            return false;
        }

        try
        {
            // struct statx has the same layout on every Linux architecture: 256 bytes.
            byte* buffer = stackalloc byte[256];
            int result;
            fixed (byte* path = name)
            {
                do
                {
                    result = SysStatx(directory, path, flags, StatxBasicStats, buffer);
                }
                while (result < 0 && Marshal.GetLastPInvokeError() == Interrupted);
            }

            if (result < 0)
            {
                return false;
            }

            ushort mode = *(ushort*)(buffer + 28);
            ulong inode = *(ulong*)(buffer + 32);
            ulong device = ((ulong)*(uint*)(buffer + 136) << 32) | *(uint*)(buffer + 140);
            identity = new FileIdentity(KindOfMode(mode), device, inode);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_unavailable = true;
            return false;
        }
    }

    private static FileKind KindOfDirectoryEntry(byte type) => type switch
    {
        1 => FileKind.Fifo,
        2 => FileKind.CharacterDevice,
        4 => FileKind.Directory,
        6 => FileKind.BlockDevice,
        8 => FileKind.Regular,
        10 => FileKind.SymbolicLink,
        12 => FileKind.Socket,
        _ => FileKind.Unknown,
    };

    private static FileKind KindOfMode(ushort mode) => (mode & 0xF000) switch
    {
        0x1000 => FileKind.Fifo,
        0x2000 => FileKind.CharacterDevice,
        0x4000 => FileKind.Directory,
        0x6000 => FileKind.BlockDevice,
        0x8000 => FileKind.Regular,
        0xA000 => FileKind.SymbolicLink,
        0xC000 => FileKind.Socket,
        _ => FileKind.Unknown,
    };

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

    /// <summary>Flushes a directory's entries to disk (after a rename into it); best effort.</summary>
    public static void SyncDirectory(string path)
    {
        int descriptor = OpenDirectory(path);
        if (descriptor >= 0)
        {
            SysFsync(descriptor);
            Close(descriptor);
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

    [DllImport("libc", EntryPoint = "opendir", SetLastError = true)]
    private static extern nint SysOpenDir(byte* path);

    [DllImport("libc", EntryPoint = "readdir", SetLastError = true)]
    private static extern byte* SysReadDir(nint directory);

    [DllImport("libc", EntryPoint = "closedir")]
    private static extern int SysCloseDir(nint directory);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int SysStatx(int directory, byte* path, int flags, uint mask, byte* buffer);

    [DllImport("libc", EntryPoint = "fsync")]
    private static extern int SysFsync(int descriptor);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int SysClose(int descriptor);
}
