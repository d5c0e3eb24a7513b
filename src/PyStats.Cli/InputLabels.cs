namespace PyStats.Cli;

/// <summary>
/// Short column labels for runs named on the command line: the JSON file's stem or the
/// directory's name (its parent's for a directory called "raw"), made unique.
/// </summary>
public static class InputLabels
{
    public static IReadOnlyList<string> FromPaths(IReadOnlyList<string> paths)
    {
        var labels = new List<string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            string label = Describe(path);
            string unique = label;
            for (int n = 2; !used.Add(unique); n++)
            {
                unique = $"{label} #{n}";
            }

            labels.Add(unique);
        }

        return labels;
    }

    private static string Describe(string path)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        string name = Path.GetFileName(full);
        if (File.Exists(full))
        {
            name = Path.GetFileNameWithoutExtension(full);
            if (name is "input" or "expected" or "merged")
            {
                name = Path.GetFileName(Path.GetDirectoryName(full)) ?? name;
            }
        }
        else if (name == "raw")
        {
            name = Path.GetFileName(Path.GetDirectoryName(full)) ?? name;
        }

        return name.Length > 0 ? name : path;
    }
}
