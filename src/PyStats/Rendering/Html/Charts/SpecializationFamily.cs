using PyStats.Report.Model;

namespace PyStats.Rendering.Html.Charts;

/// <summary>One family's Kind table, with each input's Count and Ratio column (-1 where absent).</summary>
internal sealed record SpecializationFamily(string Title, ReportTable Table, int[] Counts, int[] Ratios)
{
    /// <summary>The row of a kind ("hit", "miss", "deferred"), or null when the family has none.</summary>
    public ReportRow? Row(string kind) => Table.Rows.FirstOrDefault(r => ReportLookup.RowLabel(r) == kind);
}
