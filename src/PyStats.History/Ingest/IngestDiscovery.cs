using PyStats.Model;

namespace PyStats.History.Ingest;

/// <summary>
/// Turns the paths given to <c>history ingest</c> into runs: every JSON file under a directory
/// (a pipeline results tree; names per <see cref="PipelineName"/>), a JSON or raw file given by
/// name, or a directory without JSON files, which is one raw-counter directory.
/// </summary>
public static class IngestDiscovery
{
    public static List<IngestCandidate> Find(IReadOnlyList<string> paths, List<string> warnings)
    {
        var found = new List<IngestCandidate>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string given in paths)
        {
            string path = Path.GetFullPath(given);
            if (File.Exists(path))
            {
                Add(found, seen, FileCandidate(path));
            }
            else if (Directory.Exists(path))
            {
                var json = JsonFilesUnder(given, warnings);
                if (json.Count > 0)
                {
                    foreach (string file in json)
                    {
                        Add(found, seen, FileCandidate(file));
                    }
                }
                else if (Directory.EnumerateFiles(path).Any())
                {
                    Add(found, seen, new IngestCandidate(path, InputKind.RawDirectory, null, FolderFlags(path)));
                }
                else
                {
                    warnings.Add($"{given}: no JSON files and no raw counter files here; nothing to ingest");
                }
            }
            else
            {
                warnings.Add($"{given}: no such file or directory; skipped");
            }
        }

        return found;
    }

    private static void Add(List<IngestCandidate> found, HashSet<string> seen, IngestCandidate candidate)
    {
        if (seen.Add(candidate.Path))
        {
            found.Add(candidate);
        }
    }

    private static IngestCandidate FileCandidate(string path)
    {
        bool json = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        return new IngestCandidate(path, json ? InputKind.Json : InputKind.RawFile, PipelineName.FromFileName(Path.GetFileName(path)), FolderFlags(path));
    }

    private static string? FolderFlags(string path) =>
        Path.GetFileName(Path.GetDirectoryName(path)) is { } folder ? PipelineName.FlagsFromFolder(folder) : null;

    private static List<string> JsonFilesUnder(string directory, List<string> warnings)
    {
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.None, MatchCasing = MatchCasing.CaseInsensitive };
            var files = Directory.EnumerateFiles(Path.GetFullPath(directory), "*.json", options).ToList();
            // Folder by folder (as a tree listing shows them): a run folder before its "-FLAGS" sibling.
            files.Sort((a, b) => string.CompareOrdinal(a.Replace(Path.DirectorySeparatorChar, '\0'), b.Replace(Path.DirectorySeparatorChar, '\0')));
            return files;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Add($"{directory}: cannot list the directory: {e.Message}; skipped");
            return [];
        }
    }
}
