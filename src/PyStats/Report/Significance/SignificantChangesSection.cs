using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Report.Significance;

/// <summary>The "what changed that matters" summary at the top of extended comparisons.</summary>
internal static class SignificantChangesSection
{
    public const string Title = "Significant changes";

    public static SectionSpec Create() => new(Title, "Changes beyond the thresholds, largest first", Parts);

    private static IEnumerable<PartSpec> Parts(BuildContext context)
    {
        var findings = context.Findings;
        var rules = context.Options.Rules;
        if (findings.Count == 0)
        {
            yield return new NoteSpec($"Nothing moved beyond the thresholds ({rules.Origin}).");
            yield break;
        }

        int failing = findings.Count(f => f.Failing);
        string counts = failing > 0 ? $"{findings.Count} changes, {failing} failing" : $"{findings.Count} changes";
        yield return new NoteSpec($"{counts} (rules: {rules.Origin}).");
        yield return new ContextTableSpec("changes", c => Table(c, findings.Take(rules.MaxListed).ToList()));
        if (findings.Count > rules.MaxListed)
        {
            yield return new NoteSpec($"{findings.Count - rules.MaxListed} smaller changes not listed.");
        }
    }

    private static ReportTable Table(BuildContext context, IReadOnlyList<SignificantChange> findings)
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

            cells.AddRange([
                new TextCell(o.Metric.Name()),
                new TextCell(o.Subject),
                o.Base,
                o.Head,
                o.Change,
                new MeasureCell(f.Rule.Threshold, o.Metric.InPoints() ? MeasureUnit.Points : MeasureUnit.Percent, Signed: false),
            ]);
            rows.Add(new ReportRow(cells));
        }

        return new ReportTable(string.Empty, columns, rows);
    }
}
