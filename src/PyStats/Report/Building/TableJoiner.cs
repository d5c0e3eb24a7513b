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
        int inputs = perInput.Count;

        // Keys in first-appearance order, and each key's row per input: a comparison joins
        // hundreds of small tables, so there is no dictionary per input.
        int capacity = 0;
        foreach (var rows in perInput)
        {
            capacity = Math.Max(capacity, rows.Count);
        }

        // Small tables (most: a comparison has hundreds of 5-row pair tables) look keys up by a
        // scan; a dictionary is made only past a few rows.
        var keys = new List<string>(capacity);
        var positions = capacity > ScannedKeys ? new Dictionary<string, int>(capacity, StringComparer.Ordinal) : null;
        var rowsByKey = new List<ReportRow?[]>(capacity);
        for (int input = 0; input < inputs; input++)
        {
            foreach (var row in perInput[input])
            {
                string key = row.Key.JoinKey;
                int position = Position(keys, positions, key);
                if (position < 0)
                {
                    position = keys.Count;
                    keys.Add(key);
                    positions?.Add(key, position);
                    rowsByKey.Add(new ReportRow?[inputs]);
                    if (positions is null && keys.Count > ScannedKeys)
                    {
                        positions = new Dictionary<string, int>(keys.Count * 2, StringComparer.Ordinal);
                        for (int k = 0; k < keys.Count; k++)
                        {
                            positions.Add(keys[k], k);
                        }
                    }
                }

                var sides = rowsByKey[position];
                if (sides[input] is not null)
                {
                    throw new InvalidOperationException($"Duplicate row '{key}' in a table");
                }

                sides[input] = row;
            }
        }

        bool oneColumn = mode == JoinMode.ChangeOneColumn;
        int perSide = oneColumn ? 1 : valueColumns;
        int changes = mode == JoinMode.Simple ? 0 : inputs - 1;
        var joined = new ReportRow[rowsByKey.Count];
        for (int k = 0; k < joined.Length; k++)
        {
            var sides = rowsByKey[k];
            var cells = new ReportCell[1 + (inputs * perSide) + changes];
            int at = 0;
            cells[at++] = FirstPresent(sides).Key;
            foreach (var side in sides)
            {
                if (oneColumn)
                {
                    cells[at++] = side is null || valueColumns == 0 ? EmptyCell.Instance : side.Cells[1];
                    continue;
                }

                for (int c = 1; c <= valueColumns; c++)
                {
                    cells[at++] = side is null ? EmptyCell.Instance : side.Cells[c];
                }
            }

            if (changes > 0)
            {
                Int128? baseValue = FirstValue(sides[0]);
                for (int i = 1; i < sides.Length; i++)
                {
                    cells[at++] = new ChangeCell(baseValue, FirstValue(sides[i]));
                }
            }

            joined[k] = new ReportRow(cells);
        }

        if (mode is JoinMode.Change or JoinMode.ChangeOneColumn)
        {
            SortByChange(joined, newAndGoneFirst);
        }

        return (JoinColumns(columns, labels, mode), joined);
    }

    private const int ScannedKeys = 16;

    private static int Position(List<string> keys, Dictionary<string, int>? positions, string key)
    {
        if (positions is not null)
        {
            return positions.TryGetValue(key, out int at) ? at : -1;
        }

        for (int k = 0; k < keys.Count; k++)
        {
            if (string.Equals(keys[k], key, StringComparison.Ordinal))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The row of the first input that has the key: the key cell comes from there.</summary>
    private static ReportRow FirstPresent(ReportRow?[] sides)
    {
        foreach (var side in sides)
        {
            if (side is not null)
            {
                return side;
            }
        }

        throw new InvalidOperationException("A joined key without a row");
    }

    /// <summary>
    /// Largest change first; rows with equal change keep their joined order (a stable sort, as
    /// OrderByDescending was: the position breaks ties, so the unstable array sort gives the same order).
    /// </summary>
    private static void SortByChange(ReportRow[] rows, bool newAndGoneFirst)
    {
        if (rows.Length < 2)
        {
            return;
        }

        var keys = new double[rows.Length];
        var order = new int[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            keys[i] = SortKey(rows[i], newAndGoneFirst);
            order[i] = i;
        }

        Array.Sort(order, (a, b) => keys[b].CompareTo(keys[a]) is var c && c != 0 ? c : a.CompareTo(b));
        var sorted = new ReportRow[rows.Length];
        for (int i = 0; i < order.Length; i++)
        {
            sorted[i] = rows[order[i]];
        }

        sorted.CopyTo(rows, 0);
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
        int values = mode == JoinMode.ChangeOneColumn ? Math.Min(1, columns.Count - 1) : columns.Count - 1;
        var result = new List<ReportColumn>(1 + (labels.Count * values) + labels.Count);
        result.Add(columns[0]);
        foreach (string label in labels)
        {
            string prefix = label + " ";
            for (int c = 1; c <= values; c++)
            {
                result.Add(columns[c].WithPrefix(prefix));
            }
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
