using PyStats.Report.Model;

namespace PyStats.Rendering.Html;

/// <summary>
/// HTML ids for sections and tables, assigned once so the table of contents and the sections
/// agree. They come from the model's stable ids ("s-specialization-stats/load_attr"); should
/// the model ever repeat one, later copies get "-2", "-3"… since a page's ids must be unique.
/// </summary>
internal sealed class ElementIds
{
    private readonly Dictionary<object, string> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _bySectionId = new(StringComparer.Ordinal);

    private ElementIds()
    {
    }

    public static ElementIds For(ReportDocument document, IEnumerable<string> reserved)
    {
        var ids = new ElementIds();
        ids._used.UnionWith(reserved);
        foreach (var section in document.Sections)
        {
            ids.Assign(section);
        }

        return ids;
    }

    public string Of(ReportSection section) => _ids[section];

    public string Of(ReportTable table) => _ids[table];

    /// <summary>The element of the first section with this model id (links from the charts).</summary>
    public string OfSectionId(string sectionId) => _bySectionId.GetValueOrDefault(sectionId, "s-" + sectionId);

    private void Assign(ReportSection section)
    {
        _ids[section] = Unique("s-" + section.Id);
        _bySectionId.TryAdd(section.Id, _ids[section]);
        foreach (var part in section.Parts)
        {
            switch (part)
            {
                case ReportSection child:
                    Assign(child);
                    break;
                case ReportTable table:
                    _ids[table] = Unique("t-" + table.Id);
                    break;
            }
        }
    }

    private string Unique(string wanted)
    {
        string id = wanted;
        for (int n = 2; !_used.Add(id); n++)
        {
            id = wanted + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return id;
    }
}
