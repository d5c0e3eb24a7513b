
namespace PyStats.History.Store;

/// <summary>
/// Looks at a database path before DuckDB opens it, so that a file that is not a DuckDB database
/// is refused without being touched (DuckDB would otherwise try to treat it as one).
/// </summary>
public static class StoreFile
{
    /// <summary>A DuckDB file starts with an 8-byte checksum followed by the magic bytes "DUCK".</summary>
    private static ReadOnlySpan<byte> Magic => "DUCK"u8;

    private const int MagicOffset = 8;

    public static bool Exists(string path) => File.Exists(path);

    /// <summary>True when the file starts like a DuckDB database.</summary>
    public static bool LooksLikeDuckDb(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            Span<byte> head = stackalloc byte[MagicOffset + 4];
            int read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return read == head.Length && head[MagicOffset..].SequenceEqual(Magic);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HistoryStoreException($"{path}: cannot read the history store: {e.Message}");
        }
    }

    /// <summary>Refuses anything at <paramref name="path"/> that is not a DuckDB database, leaving it as it is.</summary>
    public static void CheckIsDuckDb(string path)
    {
        if (Directory.Exists(path))
        {
            throw new HistoryStoreException($"{path}: is a directory, not a history store (give the database file with --db FILE)");
        }

        if (File.Exists(path) && !LooksLikeDuckDb(path))
        {
            throw new HistoryStoreException($"{path}: not a DuckDB database, so not a pystats history store; it was left untouched (give another file with --db FILE)");
        }
    }

    /// <summary>The first line of a DuckDB error message (some go on with hints and links).</summary>
    public static string FirstLine(string message)
    {
        int end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).Trim();
    }
}
