using PyStats.Report.Model;

namespace PyStats.Rendering.Html.Charts;

/// <summary>
/// The specialization families of a report with their "Kind" tables (hit / miss / deferred rows)
/// and, per input, the columns of the counts and ratios: what the family charts plot.
/// </summary>
internal sealed record SpecializationFamilies(ReportSection Section, IReadOnlyList<SpecializationFamily> Families)
{
    public static SpecializationFamilies? Find(ReportDocument document)
    {
        if (ReportLookup.Section(document, "specialization-stats") is not { } section)
        {
            return null;
        }

        var families = section.Parts.OfType<ReportSection>()
            .Select(family => (family.Title, Table: ReportLookup.Table(family, "kinds")))
            .Where(f => f.Table is { Rows.Count: > 0 })
            .Select(f => new SpecializationFamily(
                f.Title,
                f.Table!,
                ReportLookup.InputColumns(document, f.Table!, "Count"),
                ReportLookup.InputColumns(document, f.Table!, "Ratio")))
            .ToList();
        return families.Count == 0 ? null : new SpecializationFamilies(section, families);
    }
}
