using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Report.Sanity;

/// <summary>The sanity problems of all inputs, in the extended report.</summary>
internal static class SanitySection
{
    public static SectionSpec Create() => new(
        "Sanity checks",
        "Numbers in the inputs that cannot all be right",
        context => context.SanityIssues.Count == 0
            ? [new NoteSpec("No problems found.")]
            : [new ContextTableSpec("issues", Table)]);

    private static ReportTable? Table(BuildContext context) =>
        context.SanityIssues.Count == 0
            ? null
            : new ReportTable(
                string.Empty,
                [ReportColumn.Left("Input"), ReportColumn.Left("Check"), ReportColumn.Left("Detail")],
                context.SanityIssues.Select(i => new ReportRow(new TextCell(i.Input), new TextCell(i.Check), new TextCell(i.Detail))).ToList());
}
