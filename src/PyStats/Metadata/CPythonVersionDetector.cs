using PyStats.Model;

namespace PyStats.Metadata;

/// <summary>
/// Guesses which CPython version wrote a set of counters: each Tier 1 instruction name that only
/// one known version specializes votes for it, and so do counters only one version prints.
/// Ties go to the newest version.
/// </summary>
public static class CPythonVersionDetector
{
    private static readonly (string Key, string Version)[] MarkerCounters =
    [
        ("opcode[BINARY_SUBSCR].specializable", "3.13"),
        ("Object interpreter increfs", "3.13"),
        ("Object interpreter mortal increfs", "3.15"),
        ("GC[0] objects reachable from roots", "3.15"),
        ("Optimization unknown callee", "3.15"),
        (CounterNames.JitTotalMemory, "3.15"),
    ];

    public static string Detect(CounterSet counters)
    {
        var versions = BuiltInMetadata.Versions;
        var sets = versions.Select(v => BuiltInMetadata.For(v).SpecializedSet).ToList();
        var votes = new int[versions.Count];
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (string key in counters.Keys)
        {
            if (key.StartsWith("opcode[", StringComparison.Ordinal) && key.IndexOf(']') is var close and > 7)
            {
                names.Add(key[7..close]);
            }
        }

        foreach (string name in names)
        {
            var owners = Enumerable.Range(0, versions.Count).Where(i => sets[i].Contains(name)).ToList();
            if (owners.Count == 1)
            {
                votes[owners[0]]++;
            }
        }

        foreach (var (key, version) in MarkerCounters)
        {
            if (counters.Contains(key))
            {
                votes[versions.ToList().IndexOf(version)] += 10;
            }
        }

        int best = versions.Count - 1;
        for (int i = versions.Count - 1; i >= 0; i--)
        {
            if (votes[i] > votes[best])
            {
                best = i;
            }
        }

        return versions[best];
    }
}
