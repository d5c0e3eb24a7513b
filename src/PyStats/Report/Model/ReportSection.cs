namespace PyStats.Report.Model;

/// <summary>A titled, collapsible part of the report.</summary>
public sealed class ReportSection : IReportPart
{
    public ReportSection(string id, string title, string summary, string doc, IReadOnlyList<IReportPart> parts)
    {
        Id = id;
        Title = title;
        Summary = summary;
        Doc = doc;
        Parts = parts;
    }

    /// <summary>A stable identifier (slug of the title path).</summary>
    public string Id { get; }

    public string Title { get; }

    public string Summary { get; }

    /// <summary>Explanatory paragraphs, or empty.</summary>
    public string Doc { get; }

    public IReadOnlyList<IReportPart> Parts { get; }

    /// <summary>This section with <paramref name="prefix"/> + "/" before its id and all nested ids.</summary>
    public ReportSection WithIdPrefix(string prefix) => new(
        prefix + "/" + Id,
        Title,
        Summary,
        Doc,
        Parts.Select(p => p switch
        {
            ReportSection s => s.WithIdPrefix(prefix),
            ReportTable t => new ReportTable(prefix + "/" + t.Id, t.Columns, PrefixLinks(t.Rows, prefix)),
            _ => p,
        }).ToList());

    /// <summary>The rows with the table ids their links point to prefixed as well (rows without links are kept as they are).</summary>
    public static IReadOnlyList<ReportRow> PrefixLinks(IReadOnlyList<ReportRow> rows, string prefix)
    {
        if (!rows.Any(r => r.Cells.Any(c => c is LinkCell)))
        {
            return rows;
        }

        return rows.Select(r => r.Cells.Any(c => c is LinkCell)
            ? new ReportRow(r.Cells.Select(c => c is LinkCell l ? l with { TableId = prefix + "/" + l.TableId } : c).ToList()) { Level = r.Level }
            : r).ToList();
    }
}
