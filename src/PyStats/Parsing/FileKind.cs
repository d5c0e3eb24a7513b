namespace PyStats.Parsing;

/// <summary>What kind of file system object a path is.</summary>
public enum FileKind
{
    Unknown,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    Socket,
    CharacterDevice,
    BlockDevice,
}
