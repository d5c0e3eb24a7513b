using PyStats.Numbers;
using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Report.Significance;

/// <summary>The "what changed that matters" summary at the top of extended comparisons.</summary>
internal static class SignificantChangesSection
{
    public const string Title = "Significant changes";

    public static SectionSpec Create() => new(Title, "Changes beyond the thresholds, failing first, then largest first", Parts);

    /// <summary>
    /// The findings to list when at most <paramref name="maxListed"/> fit: every failing change
    /// (never cut, even beyond the limit), then the largest others in the room left.
    /// </summary>
    public static IReadOnlyList<SignificantChange> Listed(IReadOnlyList<SignificantChange> findings, int maxListed)
    {
        var failing = findings.Where(f => f.Failing).ToList();
        return failing.Concat(findings.Where(f => !f.Failing).Take(Math.Max(0, maxListed - failing.Count))).ToList();
    }

    /// <summary>"78 changes, 5 failing (rules: …)."</summary>
    public static string CountsNote(IReadOnlyList<SignificantChange> findings, ChangeRuleSet rules)
    {
        int failing = findings.Count(f => f.Failing);
        string counts = failing > 0 ? $"{Plural.Of(findings.Count, "change")}, {failing} failing" : Plural.Of(findings.Count, "change");
        return $"{counts} (rules: {rules.Origin}).";
    }

    private static IEnumerable<PartSpec> Parts(BuildContext context)
    {
        var findings = context.Findings;
        var rules = context.Options.Rules;
        if (findings.Count == 0)
        {
            yield return new NoteSpec($"Nothing moved beyond the thresholds ({rules.Origin}).");
            yield break;
        }

        var listed = Listed(findings, rules.MaxListed);
        yield return new NoteSpec(CountsNote(findings, rules));
        yield return new ContextTableSpec("changes", c => Table(c, listed, linkSubjects: false));
        if (findings.Count > listed.Count)
        {
            yield return new NoteSpec($"{Plural.Of(findings.Count - listed.Count, "smaller change")} not listed.");
        }
    }

    /// <summary>
    /// One row per change: level, (run), metric, subject, base, head, change and threshold. With
    /// <paramref name="linkSubjects"/> the subject links to the table row the change comes from.
    /// </summary>
    public static ReportTable Table(BuildContext context, IReadOnlyList<SignificantChange> findings, bool linkSubjects)
    {
        bool manyRuns = context.Inputs.Count > 2;
        var columns = new List<ReportColumn> { ReportColumn.Left("Level") };
        if (manyRuns)
        {
            columns.Add(ReportColumn.Left("Run"));
        }

        columns.AddRange([ReportColumn.Left("Metric"), ReportColumn.Left("Subject"), ReportColumn.Right("Base"), ReportColumn.Right(manyRuns ? "Run value" : "Head"), ReportColumn.Right("Change"), ReportColumn.Right("Threshold")]);
        var rows = new List<ReportRow>();
        foreach (var f in findings)
        {
            var o = f.Observation;
            var cells = new List<ReportCell> { new TextCell(f.Failing ? "fail" : "warn") };
            if (manyRuns)
            {
                cells.Add(new TextCell(f.Run));
            }

            ReportCell subject = linkSubjects && ChangeSources.Of(o) is var (table, row)
                ? new LinkCell(o.Subject, table, row)
                : new TextCell(o.Subject);
            cells.AddRange([
                new TextCell(o.Metric.Name()),
                subject,
                o.Base,
                o.Head,
                WithThreshold(o.Change, f.Rule.Threshold),
                new MeasureCell(f.Rule.Threshold, o.Metric.InPoints() ? MeasureUnit.Points : MeasureUnit.Percent, Signed: false),
            ]);
            rows.Add(new ReportRow(cells) { Level = f.Failing ? RowLevel.Fail : RowLevel.Warn });
        }

        return new ReportTable(string.Empty, columns, rows);
    }

    /// <summary>The change cell measured against its rule's threshold (for its importance).</summary>
    private static ReportCell WithThreshold(ReportCell change, double threshold) => change switch
    {
        ChangeCell c => c with { Threshold = threshold },
        MeasureCell m => m with { Threshold = threshold },
        _ => change,
    };
}
