namespace PyStats.IO;

/// <summary>
/// The temporary files being written right now, so that they can be removed when the process is
/// stopped (Ctrl-C, SIGTERM) before renaming them into place: an interrupted run leaves nothing.
/// </summary>
public static class TemporaryFiles
{
    private static readonly HashSet<string> s_paths = new(StringComparer.Ordinal);

    public static void Add(string path)
    {
        lock (s_paths)
        {
            s_paths.Add(path);
        }
    }

    public static void Remove(string path)
    {
        lock (s_paths)
        {
            s_paths.Remove(path);
        }
    }

    /// <summary>The temporary files not yet renamed or removed.</summary>
    public static IReadOnlyList<string> Pending()
    {
        lock (s_paths)
        {
            return [.. s_paths];
        }
    }

    /// <summary>Deletes every temporary file still pending (from a signal handler or at exit).</summary>
    public static void DeleteAll()
    {
        lock (s_paths)
        {
            foreach (string path in s_paths)
            {
                TryDelete(path);
            }

            s_paths.Clear();
        }
    }

    public static void TryDelete(string path)
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
