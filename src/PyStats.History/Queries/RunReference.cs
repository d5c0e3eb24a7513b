using PyStats.History.Store;

namespace PyStats.History.Queries;

/// <summary>
/// A run named on the command line: its id (as <c>history runs</c> lists it), or a commit hash
/// prefix, optionally with flags (<c>a74f117/PYTHON_UOPS</c>), that matches exactly one run.
/// </summary>
public static class RunReference
{
    public static RunRecord Resolve(HistoryStore store, string reference)
    {
        if (int.TryParse(reference, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int id))
        {
            return RunCatalog.Find(store, id) ?? throw new HistoryStoreException($"{store.Path}: no run {id}; 'pystats history runs' lists them");
        }

        int slash = reference.IndexOf('/');
        string commit = slash < 0 ? reference : reference[..slash];
        string? flags = slash < 0 ? null : reference[(slash + 1)..];
        if (commit.Length < 4)
        {
            throw new HistoryStoreException($"run '{reference}': give a run id or at least 4 characters of a commit hash");
        }

        var matches = Match(store, commit, flags);
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new HistoryStoreException($"{store.Path}: no run with commit '{commit}'{(flags is null ? string.Empty : $" and flags {flags}")}"),
            _ => throw new HistoryStoreException($"run '{reference}' is ambiguous: runs {string.Join(", ", matches.Select(r => $"{r.RunId} ({r.Series})"))}; give a run id or add /FLAGS"),
        };
    }

    private static List<RunRecord> Match(HistoryStore store, string commit, string? flags)
    {
        var filter = flags is null ? RunFilter.All : new RunFilter { Flags = flags };
        return RunCatalog.Load(store, filter)
            .Where(r => r.Description.Commit is { } c && c.StartsWith(commit, StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r.RunId)
            .ToList();
    }
}
