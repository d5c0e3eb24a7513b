using System.IO.Enumeration;
using System.Text;

namespace PyStats.Parsing;

/// <summary>
/// The files of one load in ordinal order of name. A directory's names are kept as UTF-8 in a
/// few 64 KB blocks rather than as a string each, and full paths are made only when asked for
/// (warnings, errors), so a directory of thousands of files costs about its names' bytes. On
/// Linux the directory stays open and files are opened relative to it (<see cref="OpenNative"/>).
/// </summary>
internal sealed class CounterFileList : IDisposable
{
    private const int BlockSize = 1 << 16;

    private readonly string? _directory;
    private readonly List<byte[]> _blocks;
    private readonly long[] _names;
    private readonly IReadOnlyList<string>? _paths;
    private int _directoryDescriptor = -1;

    private CounterFileList(string directory, List<byte[]> blocks, long[] names)
    {
        _directory = directory;
        _blocks = blocks;
        _names = names;
    }

    private CounterFileList(IReadOnlyList<string> paths, bool nativeReads)
    {
        _paths = paths;
        _blocks = [];
        _names = [];
        _directoryDescriptor = nativeReads && LinuxFile.IsAvailable ? LinuxFile.CurrentDirectory : -1;
    }

    public int Count => _paths?.Count ?? _names.Length;

    /// <param name="nativeReads">Whether <see cref="OpenNative"/> may use <see cref="LinuxFile"/>.</param>
    public static CounterFileList FromPaths(IReadOnlyList<string> paths, bool nativeReads = true) => new(paths, nativeReads);

    /// <param name="directory">The directory to list (regular files only, not subdirectories).</param>
    /// <param name="nativeReads">Whether <see cref="OpenNative"/> may use <see cref="LinuxFile"/>.</param>
    /// <param name="skipped">Receives a warning for each entry that is not a regular file nor a directory.</param>
    /// <exception cref="IOException">The directory cannot be listed.</exception>
    public static CounterFileList FromDirectory(string directory, bool nativeReads = true, List<LoadWarning>? skipped = null)
    {
        var blocks = new List<byte[]> { new byte[BlockSize] };
        int used = 0;
        var names = new List<long>();
        bool listed;
        void Keep(ReadOnlySpan<byte> name)
        {
            if (name.Length > BlockSize - used)
            {
                blocks.Add(new byte[Math.Max(BlockSize, name.Length)]);
                used = 0;
            }

            name.CopyTo(blocks[^1].AsSpan(used));
            names.Add(Pack(blocks.Count - 1, used, name.Length));
            used += name.Length;
        }

        int descriptor = -1;
        try
        {
            // The kernel's names and types: names need not be UTF-8, and FIFOs, sockets and
            // devices are left out (reading a FIFO would wait for a writer, a device may never end).
            listed = LinuxFile.ListDirectory(directory, (name, kind) =>
            {
                if (kind is FileKind.SymbolicLink or FileKind.Unknown)
                {
                    kind = KindBehind(directory, name, ref descriptor);
                }

                if (kind == FileKind.Regular)
                {
                    Keep(name);
                }
                else if (kind != FileKind.Directory)
                {
                    string what = kind == FileKind.Unknown ? "cannot be examined (a broken symbolic link?)" : $"is {FileIdentity.Describe(kind)}, not a regular file";
                    skipped?.Add(new LoadWarning(Path.Join(directory, MessageText.Decode(name)), 0, $"{what}; skipped"));
                }
            });
        }
        finally
        {
            LinuxFile.Close(descriptor);
        }

        if (!listed)
        {
            var enumerable = new FileSystemEnumerable<bool>(
                directory,
                (ref FileSystemEntry entry) =>
                {
                    Keep(Encoding.UTF8.GetBytes(entry.FileName.ToString()));
                    return true;
                },
                new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false })
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            };

            foreach (bool _ in enumerable)
            {
            }
        }

        long[] sorted = names.ToArray();
        Array.Sort(sorted, (a, b) => CompareOrdinal(Name(blocks, a), Name(blocks, b)));
        return new CounterFileList(directory, blocks, sorted) { _directoryDescriptor = nativeReads ? LinuxFile.OpenDirectory(directory) : -1 };
    }

    /// <summary>What a symbolic link (or an entry the file system did not type) leads to.</summary>
    private static FileKind KindBehind(string directory, ReadOnlySpan<byte> name, ref int descriptor)
    {
        if (descriptor < 0)
        {
            descriptor = LinuxFile.OpenDirectory(directory);
        }

        Span<byte> scratch = stackalloc byte[4096];
        return name.Length < scratch.Length && name.IndexOf((byte)0) < 0 && LinuxFile.TryStat(descriptor, Terminate(name, scratch), out var identity)
            ? identity.Kind
            : FileKind.Unknown;
    }

    private static ReadOnlySpan<byte> Terminate(ReadOnlySpan<byte> name, Span<byte> scratch)
    {
        name.CopyTo(scratch);
        scratch[name.Length] = 0;
        return scratch[..(name.Length + 1)];
    }

    public string PathAt(int index) =>
        _paths is not null ? _paths[index] : Path.Join(_directory, MessageText.Decode(Name(_blocks, _names[index])));

    /// <summary>
    /// Opens file <paramref name="index"/> with <see cref="LinuxFile"/>, using
    /// <paramref name="scratch"/> for its null-terminated UTF-8 name; -1 when that fails or is not
    /// possible (the caller then uses the managed API, which reports errors).
    /// </summary>
    public int OpenNative(int index, Span<byte> scratch)
    {
        if (_directoryDescriptor == -1)
        {
            return -1;
        }

        ReadOnlySpan<byte> name;
        if (_paths is not null)
        {
            name = LinuxFile.ToNullTerminated(_paths[index], scratch);
        }
        else
        {
            var bytes = Name(_blocks, _names[index]);
            if (bytes.Length >= scratch.Length || bytes.Contains((byte)0))
            {
                return -1;
            }

            bytes.CopyTo(scratch);
            scratch[bytes.Length] = 0;
            name = scratch[..(bytes.Length + 1)];
        }

        // Files of a directory open without waiting: one that became a FIFO since the listing reads as empty.
        return LinuxFile.OpenFile(_directoryDescriptor, name, nonBlocking: _paths is null);
    }

    public void Dispose()
    {
        if (_directoryDescriptor >= 0)
        {
            LinuxFile.Close(_directoryDescriptor);
        }

        _directoryDescriptor = -1;
    }

    /// <summary>
    /// Compares UTF-8 names in the order of <see cref="string.CompareOrdinal(string, string)"/>
    /// on their UTF-16 forms: byte order, except that characters above U+FFFF (4-byte sequences,
    /// surrogate pairs in UTF-16) sort before U+E000–U+FFFF.
    /// </summary>
    internal static int CompareOrdinal(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        int common = a.CommonPrefixLength(b);
        if (common == a.Length || common == b.Length)
        {
            return a.Length.CompareTo(b.Length);
        }

        return Utf16Rank(a[common]).CompareTo(Utf16Rank(b[common]));
    }

    // A lead byte of 0xF0 or more (a surrogate pair in UTF-16) ranks after 0xED (up to U+D7FF)
    // and before 0xEE (U+E000 and up). Bytes that differ after a common prefix are both lead
    // bytes or both continuation bytes of same-length sequences, so ranking them is enough. Every
    // byte gets its own rank, so names that are not UTF-8 still sort in one fixed order.
    private static int Utf16Rank(byte b) => b >= 0xF0 ? (0xED << 5) + 1 + (b - 0xF0) : b << 5;

    private static long Pack(int block, int offset, int length) => ((long)block << 40) | ((long)offset << 20) | (uint)length;

    private static ReadOnlySpan<byte> Name(List<byte[]> blocks, long packed) =>
        blocks[(int)(packed >> 40)].AsSpan((int)((packed >> 20) & 0xFFFFF), (int)(packed & 0xFFFFF));
}
