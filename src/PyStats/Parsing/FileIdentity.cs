namespace PyStats.Parsing;

/// <summary>A file's kind and its identity (device and inode): two paths name the same file when these match.</summary>
public readonly record struct FileIdentity(FileKind Kind, ulong Device, ulong Inode)
{
    public bool SameFileAs(FileIdentity other) => Device == other.Device && Inode == other.Inode;

    /// <summary>"a FIFO", "a socket"…, for messages.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a directory",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        _ => "of an unknown kind",
    };
}
