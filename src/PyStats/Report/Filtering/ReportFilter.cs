using PyStats.Report.Model;

namespace PyStats.Report.Filtering;

/// <summary>
/// Narrows a computed report to what the user asked for, as a model-to-model step between
/// <c>ReportBuilder.Build</c> and any renderer, so every output format gets the same rows.
/// Order: sections, then the change threshold, then the row limit (so "top N" counts the rows
/// that passed the threshold). A table left without rows is dropped, as the builder drops
/// empty tables; the sections around it stay.
/// </summary>
public static class ReportFilter
{
    public static ReportDocument Apply(ReportDocument document, ReportFilterOptions options)
    {
        if (options.KeepsEverything)
        {
            // The very same document: unfiltered output stays byte-identical.
            return document;
        }

        if (options.Top is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Top, "Top must be at least 1");
        }

        if (options.MinChangePercent is { } pct && !(pct >= 0 && double.IsFinite(pct)))
        {
            throw new ArgumentOutOfRangeException(nameof(options), pct, "MinChangePercent must be a finite number ≥ 0");
        }

        var sections = SelectSections(document.Sections, options.Sections);
        // Relative changes are fractions; comparing with pct / 100 (one correctly rounded
        // division) makes "29" keep a change of exactly 29 / 100, which pct * 100 would not.
        double? minChange = document.IsComparison ? options.MinChangePercent / 100 : null;
        var rows = new RowFilter(minChange, options.Top);
        return document.WithSections(sections.Select(rows.Section).ToList());
    }

    private static IReadOnlyList<ReportSection> SelectSections(IReadOnlyList<ReportSection> sections, IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return sections;
        }

        foreach (string name in names)
        {
            if (!sections.Any(s => Matches(s, name)))
            {
                throw new UnknownSectionException(name, sections.Select(s => s.Id).ToList());
            }
        }

        return sections.Where(s => names.Any(n => Matches(s, n))).ToList();
    }

    private static bool Matches(ReportSection section, string name) =>
        string.Equals(section.Id, name.Trim(), StringComparison.OrdinalIgnoreCase)
        || string.Equals(section.Title, name.Trim(), StringComparison.OrdinalIgnoreCase);

    private sealed class RowFilter(double? minChange, int? top)
    {
        public ReportSection Section(ReportSection section)
        {
            var parts = new List<IReportPart>(section.Parts.Count);
            foreach (var part in section.Parts)
            {
                switch (part)
                {
                    case ReportSection child:
                        parts.Add(Section(child));
                        break;
                    case ReportTable table:
                        var rows = Rows(table.Rows);
                        if (rows.Count > 0)
                        {
                            parts.Add(rows.Count == table.Rows.Count ? table : new ReportTable(table.Id, table.Columns, rows));
                        }

                        break;
                    default:
                        parts.Add(part);
                        break;
                }
            }

            return new ReportSection(section.Id, section.Title, section.Summary, section.Doc, parts);
        }

        private IReadOnlyList<ReportRow> Rows(IReadOnlyList<ReportRow> rows)
        {
            IEnumerable<ReportRow> kept = rows;
            if (minChange is { } min)
            {
                kept = kept.Where(row => !IsSmallChange(row, min));
            }

            if (top is { } n)
            {
                kept = kept.Take(n);
            }

            return kept.ToList();
        }

        /// <summary>
        /// True when the row has change cells and each is a number below the threshold. A change
        /// that is not a number (one side missing, base 0) is never "small": such rows stay.
        /// </summary>
        private static bool IsSmallChange(ReportRow row, double min)
        {
            bool any = false;
            foreach (var cell in row.Cells)
            {
                if (cell is ChangeCell change)
                {
                    if (change.Value is not { } value || Math.Abs(value) >= min)
                    {
                        return false;
                    }

                    any = true;
                }
            }

            return any;
        }
    }
}
