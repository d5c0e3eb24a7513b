using PyStats.Report.Model;

namespace PyStats.Rendering.Html.Charts;

/// <summary>
/// Finds sections, tables and columns in a report by their stable ids and names, so charts
/// read the model's tables instead of recomputing anything from counters.
/// </summary>
internal static class ReportLookup
{
    /// <summary>Every section, depth first, in document order.</summary>
    /// <remarks>A list filled by one recursion, not nested iterators: a page has hundreds of sections.</remarks>
    public static IReadOnlyList<ReportSection> AllSections(ReportDocument document)
    {
        var all = new List<ReportSection>();
        foreach (var section in document.Sections)
        {
            Collect(section, all);
        }

        return all;
    }

    /// <summary>The first section with this id, depth first, in document order.</summary>
    public static ReportSection? Section(ReportDocument document, string id)
    {
        foreach (var section in document.Sections)
        {
            if (Find(section, id) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The table directly inside <paramref name="section"/> named <c>SECTION-ID/NAME</c>.</summary>
    public static ReportTable? Table(ReportSection section, string name) =>
        section.Parts.OfType<ReportTable>().FirstOrDefault(t => t.Id == section.Id + "/" + name);

    /// <summary>
    /// For each input, the index of its column called <paramref name="name"/> ("Count" in a
    /// report, "Base Count"/"Head Count" in a comparison), or -1 where the table has none.
    /// </summary>
    public static int[] InputColumns(ReportDocument document, ReportTable table, string name) =>
        document.Inputs
            .Select(input => document.IsComparison ? input.Label + " " + name : name)
            .Select(header => IndexOf(table, header))
            .ToArray();

    public static string RowLabel(ReportRow row) => row.Cells.Count > 0 ? CellText.Format(row.Key) : string.Empty;

    /// <summary>
    /// What an input's series is called: its label in a comparison; in a single report, where
    /// the model still labels the one input "Base", the given word instead.
    /// </summary>
    public static string InputName(ReportDocument document, int index, string single) =>
        document.IsComparison ? document.Inputs[index].Label : single;

    /// <summary>The series colour of an input: its position in the report.</summary>
    public static string InputRole(int index) => "input" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int IndexOf(ReportTable table, string header)
    {
        for (int i = 0; i < table.Columns.Count; i++)
        {
            if (table.Columns[i].Name == header)
            {
                return i;
            }
        }

        return -1;
    }

    private static void Collect(ReportSection section, List<ReportSection> all)
    {
        all.Add(section);
        for (int i = 0; i < section.Parts.Count; i++)
        {
            if (section.Parts[i] is ReportSection child)
            {
                Collect(child, all);
            }
        }
    }

    private static ReportSection? Find(ReportSection section, string id)
    {
        if (section.Id == id)
        {
            return section;
        }

        for (int i = 0; i < section.Parts.Count; i++)
        {
            if (section.Parts[i] is ReportSection child && Find(child, id) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
