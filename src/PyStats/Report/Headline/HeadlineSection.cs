using PyStats.Numbers;
using PyStats.Report.Building;
using PyStats.Report.Model;
using PyStats.Report.Sections;
using PyStats.Report.Significance;

namespace PyStats.Report.Headline;

/// <summary>
/// What changed, at a glance: the first section of a comparison. The run totals (Tier 1
/// instructions, specialized-hit share, Tier 2 traces and uops executed) with their changes,
/// then every failing change, then the largest other significant changes, each linked to the
/// table row it comes from.
/// </summary>
public static class HeadlineSection
{
    public const string Title = "Headline";

    public const string Id = "headline";

    /// <summary>Non-failing changes listed at most (failing ones are never cut).</summary>
    public const int TopChanges = 10;

    public static SectionSpec Create() => new(Title, "What changed, at a glance", Parts);

    private static IEnumerable<PartSpec> Parts(BuildContext context)
    {
        yield return new ContextTableSpec("totals", HeadlineTotals.Table);
        var findings = context.Findings;
        var rules = context.Options.Rules;
        if (findings.Count == 0)
        {
            yield return new NoteSpec($"Nothing moved beyond the thresholds ({rules.Origin}).");
            yield break;
        }

        int failing = findings.Count(f => f.Failing);
        var listed = SignificantChangesSection.Listed(findings, Math.Min(rules.MaxListed, failing + TopChanges));
        yield return new NoteSpec(SignificantChangesSection.CountsNote(findings, rules));
        yield return new ContextTableSpec("changes", c => SignificantChangesSection.Table(c, listed, linkSubjects: true));
        if (findings.Count > listed.Count)
        {
            string where = context.Options.Extended ? $" (see {SignificantChangesSection.Title})" : string.Empty;
            yield return new NoteSpec($"{Plural.Of(findings.Count - listed.Count, "smaller change")} not listed here{where}.");
        }
    }
}
