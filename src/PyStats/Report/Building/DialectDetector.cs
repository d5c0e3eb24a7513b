using PyStats.Model;

namespace PyStats.Report.Building;

/// <summary>
/// Chooses the summarizer revision a report reproduces. A pipeline prints a build's single report
/// with that commit's own script, and a comparison with <c>main</c>'s script of the day it runs
/// (the report's date). So: a single input is placed by its <c>metadata.commit_date</c>, else by
/// its CPython version; counters that only some revisions know then move it (a pull-request
/// branch may be older than its commit date). A comparison of pipeline JSONs takes the revision in
/// force on the report date; other comparisons the newest of their inputs' revisions.
/// </summary>
public static class DialectDetector
{
    public static DialectChoice Detect(IReadOnlyList<StatsData> inputs, DateOnly reportDate)
    {
        if (inputs.Count > 1 && inputs.All(i => i.Pipeline?.CommitDate is not null))
        {
            return new DialectChoice(ReportDialects.InForceOn(reportDate), $"comparison of pipeline results on {reportDate:yyyy-MM-dd}: main's script of that day");
        }

        var choices = inputs.Select(ForBuild).ToList();
        if (choices.Count == 1)
        {
            return choices[0];
        }

        var newest = choices.MaxBy(c => ReportDialects.Rank(c.Dialect))!;
        return newest with { Dialect = newest.Dialect.Mainline ? newest.Dialect : ReportDialects.Mainline[ReportDialects.Rank(newest.Dialect)], Reason = "newest input: " + newest.Reason };
    }

    /// <summary>The script a build carries: its commit's revision, bounded by its version and its counters.</summary>
    public static DialectChoice ForBuild(StatsData data)
    {
        var reasons = new List<string>();

        // Metadata read from a CPython checkout leaves the version unset; the counters still tell it.
        string version = data.CPythonVersion ?? Metadata.CPythonVersionDetector.Detect(data.Counters);
        ReportDialect? cap = ReportDialects.ForVersion(version);
        ReportDialect chosen;
        if (data.Pipeline?.CommitDate is { } commit)
        {
            var day = DateOnly.FromDateTime(commit.UtcDateTime);
            chosen = ReportDialects.InForceOn(day);
            reasons.Add(day < ReportDialects.Mainline[0].Date
                ? $"metadata.commit_date {day:yyyy-MM-dd}, before the oldest revision known"
                : $"metadata.commit_date {day:yyyy-MM-dd}");
            if (cap is not null && ReportDialects.Rank(cap) < ReportDialects.Rank(chosen))
            {
                chosen = cap;
                reasons.Add($"CPython {version} branch script");
            }
        }
        else if (cap is not null)
        {
            chosen = cap;
            reasons.Add($"CPython version {version}");
        }
        else
        {
            chosen = ReportDialects.Latest;
            reasons.Add("no commit date or CPython version: newest revision");
        }

        chosen = ApplyCounterEvidence(data.Counters, chosen, reasons);
        return new DialectChoice(chosen, string.Join("; ", reasons));
    }

    private static ReportDialect ApplyCounterEvidence(CounterSet counters, ReportDialect chosen, List<string> reasons)
    {
        var mainline = ReportDialects.Mainline;
        int before = ReportDialects.Rank(chosen);
        int rank = before;
        for (int i = 0; i < mainline.Count; i++)
        {
            if (i > rank && FirstPresent(counters, mainline[i].IntroducedCounters) is { } introduced)
            {
                rank = i;
                reasons.Add($"counter '{introduced}' (from {mainline[i].Name} on)");
            }
        }

        for (int i = mainline.Count - 1; i > 0; i--)
        {
            if (i > rank)
            {
                continue;
            }

            if (FirstPresent(counters, mainline[i].RetiredCounters) is { } retired)
            {
                rank = i - 1;
                reasons.Add($"counter '{retired}' (gone in {mainline[i].Name})");
            }
            else if (FirstMissing(counters, mainline[i].CountersPrintedWith) is { } missing)
            {
                rank = i - 1;
                reasons.Add($"'{missing.WhenPresent}' without '{missing.Counter}' (printed together from {mainline[i].Name} on)");
            }
        }

        chosen = rank == before ? chosen : mainline[rank];
        foreach (var branch in ReportDialects.All.Where(d => !d.Mainline))
        {
            if (FirstPresent(counters, branch.IntroducedCounters) is { } marker)
            {
                reasons.Add($"counter '{marker}' (only {branch.Name} prints it)");
                return branch;
            }
        }

        return chosen;
    }

    private static (string Counter, string WhenPresent)? FirstMissing(CounterSet counters, IReadOnlyList<(string Counter, string WhenPresent)> pairs)
    {
        foreach (var pair in pairs)
        {
            if (FirstPresent(counters, [pair.WhenPresent]) is not null && FirstPresent(counters, [pair.Counter]) is null)
            {
                return pair;
            }
        }

        return null;
    }

    private static string? FirstPresent(CounterSet counters, IReadOnlyList<string> markers)
    {
        if (markers.Count == 0)
        {
            return null;
        }

        foreach (string key in counters.Keys)
        {
            foreach (string marker in markers)
            {
                if (key.Contains(marker, StringComparison.Ordinal))
                {
                    return marker;
                }
            }
        }

        return null;
    }
}
