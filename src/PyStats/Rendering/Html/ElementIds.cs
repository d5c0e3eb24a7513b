using PyStats.Report.Model;

namespace PyStats.Rendering.Html;

/// <summary>
/// HTML ids for sections and linked rows, assigned once so the table of contents and the sections
/// agree. They come from the model's stable ids ("s-specialization-stats/load_attr"); should
/// the model ever repeat one, later copies get "-2", "-3"… since a page's ids must be unique.
/// </summary>
internal sealed class ElementIds
{
    private readonly Dictionary<object, string> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _bySectionId = new(StringComparer.Ordinal);
    private readonly Dictionary<ReportRow, string> _rows = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string Table, string Row), string> _byTarget = new();
    private HashSet<(string Table, string Row)> _targets = [];
    private HashSet<string> _targetTables = [];
    private IReadOnlyDictionary<string, string> _pages = new Dictionary<string, string>();

    private ElementIds()
    {
    }

    /// <param name="pages">Links to sections written on other pages: model section id → relative URL.</param>
    public static ElementIds For(ReportDocument document, IEnumerable<string> reserved, IReadOnlyDictionary<string, string>? pages = null)
    {
        var ids = new ElementIds { _pages = pages ?? new Dictionary<string, string>() };
        ids._used.UnionWith(reserved);
        ids._targets = document.Sections.SelectMany(LinkTargets).ToHashSet();
        ids._targetTables = ids._targets.Select(t => t.Table).ToHashSet(StringComparer.Ordinal); // rows of other tables need no key text
        foreach (var section in document.Sections)
        {
            ids.Assign(section);
        }

        return ids;
    }

    public string Of(ReportSection section) => _ids[section];

    /// <summary>The element of the first section with this model id (links from the charts).</summary>
    public string OfSectionId(string sectionId) => _bySectionId.GetValueOrDefault(sectionId, "s-" + sectionId);

    /// <summary>The id of a row some link points to ("r-TABLE/ROW"), or null: other rows get none, to keep pages small.</summary>
    public string? Of(ReportRow row) => _rows.GetValueOrDefault(row);

    /// <summary>
    /// Where a link goes: "#id" of the row (or, for an empty row key, of the section or table)
    /// on this page, else another page given in <see cref="HtmlPageOptions.Pages"/>, else null
    /// (the page does not have it: the label is written without a link).
    /// </summary>
    public string? Href(LinkCell link)
    {
        if (link.RowKey.Length > 0)
        {
            return _byTarget.TryGetValue((link.TableId, link.RowKey), out string? row) ? "#" + row : null;
        }

        if (_bySectionId.TryGetValue(link.TableId, out string? section))
        {
            return "#" + section;
        }

        return _pages.GetValueOrDefault(link.TableId);
    }

    private static IEnumerable<(string Table, string Row)> LinkTargets(ReportSection section)
    {
        // Loops, not LINQ: every cell of every table is looked at.
        var targets = new List<(string Table, string Row)>();
        AddLinkTargets(section, targets);
        return targets;
    }

    private static void AddLinkTargets(ReportSection section, List<(string Table, string Row)> targets)
    {
        // Spans and indexes, not foreach over IReadOnlyList: that allocates an enumerator per table and row.
        for (int p = 0; p < section.Parts.Count; p++)
        {
            var part = section.Parts[p];
            if (part is ReportSection child)
            {
                AddLinkTargets(child, targets);
            }
            else if (part is ReportTable table)
            {
                foreach (var row in ListSpan.Of(table.Rows))
                {
                    foreach (var cell in ListSpan.Of(row.Cells))
                    {
                        if (cell is LinkCell { RowKey.Length: > 0 } l)
                        {
                            targets.Add((l.TableId, l.RowKey));
                        }
                    }
                }
            }
        }
    }

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
                    AssignRows(table);
                    break;
            }
        }
    }

    private void AssignRows(ReportTable table)
    {
        if (_targets.Count == 0 || !_targetTables.Contains(table.Id))
        {
            return;
        }

        foreach (var row in table.Rows)
        {
            string key = PyStats.Rendering.CellText.Format(row.Key);
            if (_targets.Contains((table.Id, key)) && !_byTarget.ContainsKey((table.Id, key)))
            {
                _rows[row] = Unique("r-" + table.Id + "/" + PyStats.Report.Building.ReportBuilder.Slug(key));
                _byTarget[(table.Id, key)] = _rows[row];
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
