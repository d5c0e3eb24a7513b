using PyStats.Report.Model;

namespace PyStats.Report.Building;

/// <summary>
/// Joins the rows that each input produced for one table on their first cell: the first input's
/// rows in their order, then rows only later inputs have. A side without the row gets empty
/// cells. Change columns compare each later input with the first.
/// </summary>
public static class TableJoiner
{
    public static (IReadOnlyList<ReportColumn> Columns, IReadOnlyList<ReportRow> Rows) Join(
        IReadOnlyList<ReportColumn> columns,
        IReadOnlyList<IReadOnlyList<ReportRow>> perInput,
        IReadOnlyList<string> labels,
        JoinMode mode,
        bool newAndGoneFirst = false)
    {
        int valueColumns = columns.Count - 1;
        var keys = new List<string>();
        var keyCells = new Dictionary<string, ReportCell>(StringComparer.Ordinal);
        var lookups = new List<Dictionary<string, ReportRow>>(perInput.Count);
        foreach (var rows in perInput)
        {
            var lookup = new Dictionary<string, ReportRow>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                string key = row.Key.JoinKey;
                if (!lookup.TryAdd(key, row))
                {
                    throw new InvalidOperationException($"Duplicate row '{key}' in a table");
                }

                if (keyCells.TryAdd(key, row.Key))
                {
                    keys.Add(key);
                }
            }

            lookups.Add(lookup);
        }

        var joined = new List<ReportRow>(keys.Count);
        foreach (string key in keys)
        {
            var cells = new List<ReportCell> { keyCells[key] };
            var sides = lookups.Select(l => l.TryGetValue(key, out var r) ? r : null).ToArray();
            if (mode == JoinMode.ChangeOneColumn)
            {
                foreach (var side in sides)
                {
                    cells.Add(side is null || valueColumns == 0 ? EmptyCell.Instance : side.Cells[1]);
                }
            }
            else
            {
                foreach (var side in sides)
                {
                    for (int c = 1; c <= valueColumns; c++)
                    {
                        cells.Add(side is null ? EmptyCell.Instance : side.Cells[c]);
                    }
                }
            }

            if (mode != JoinMode.Simple)
            {
                Int128? baseValue = FirstValue(sides[0]);
                for (int i = 1; i < sides.Length; i++)
                {
                    cells.Add(new ChangeCell(baseValue, FirstValue(sides[i])));
                }
            }

            joined.Add(new ReportRow(cells));
        }

        if (mode is JoinMode.Change or JoinMode.ChangeOneColumn)
        {
            // Stable: rows with equal change keep their joined order.
            joined = joined.OrderByDescending(row => SortKey(row, newAndGoneFirst)).ToList();
        }

        return (JoinColumns(columns, labels, mode), joined);
    }

    /// <summary>
    /// The largest |change| of the row. CPython sorts "N / 0" and one-sided rows as 0; the
    /// extended report puts rows that appeared or disappeared first.
    /// </summary>
    private static double SortKey(ReportRow row, bool newAndGoneFirst)
    {
        double key = 0;
        foreach (var cell in row.Cells)
        {
            if (cell is ChangeCell change)
            {
                double cellKey = newAndGoneFirst && change.Kind is ChangeKind.New or ChangeKind.Gone ? double.PositiveInfinity : change.SortKey;
                key = Math.Max(key, cellKey);
            }
        }

        return key;
    }

    private static Int128? FirstValue(ReportRow? row) =>
        row is not null && row.Cells.Count > 1 && row.Cells[1] is CountCell count ? count.Value : null;

    private static IReadOnlyList<ReportColumn> JoinColumns(IReadOnlyList<ReportColumn> columns, IReadOnlyList<string> labels, JoinMode mode)
    {
        var result = new List<ReportColumn> { columns[0] };
        IEnumerable<ReportColumn> valueColumns = mode == JoinMode.ChangeOneColumn ? columns.Skip(1).Take(1) : columns.Skip(1);
        var values = valueColumns.ToList();
        foreach (string label in labels)
        {
            result.AddRange(values.Select(c => c.WithPrefix(label + " ")));
        }

        if (mode != JoinMode.Simple)
        {
            if (labels.Count == 2)
            {
                result.Add(ReportColumn.Right("Change"));
            }
            else
            {
                result.AddRange(labels.Skip(1).Select(l => ReportColumn.Right("Change " + l)));
            }
        }

        return result;
    }
}
