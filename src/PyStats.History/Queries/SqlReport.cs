using System.Globalization;
using System.Numerics;
using PyStats.History.Output;
using PyStats.History.Store;
using PyStats.Report.Model;

namespace PyStats.History.Queries;

/// <summary>
/// <c>history sql "SELECT …"</c>: any query over the store (read-only: the connection cannot
/// write). Integers become counts, everything else text; NULL is empty.
/// </summary>
public static class SqlReport
{
    public static HistoryReport Build(HistoryStore store, string sql)
    {
        using var command = store.Command(sql);
        using var reader = store.Wrap(() => command.ExecuteReader());
        var columns = Enumerable.Range(0, reader.FieldCount).Select(i =>
        {
            var type = reader.GetFieldType(i);
            return IsInteger(type) || type == typeof(double) || type == typeof(float) || type == typeof(decimal)
                ? ReportColumn.Right(reader.GetName(i))
                : ReportColumn.Left(reader.GetName(i));
        }).ToList();
        var rows = new List<ReportRow>();
        while (store.Wrap(() => reader.Read()))
        {
            var cells = new ReportCell[reader.FieldCount];
            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.IsDBNull(i) ? EmptyCell.Instance : Cell(reader.GetValue(i));
            }

            rows.Add(new ReportRow(cells));
        }

        return new HistoryReport("SQL query", [sql], new ReportTable("sql", columns, rows));
    }

    private static bool IsInteger(Type type) =>
        type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(sbyte) || type == typeof(byte)
        || type == typeof(ulong) || type == typeof(uint) || type == typeof(ushort) || type == typeof(BigInteger);

    private static ReportCell Cell(object value) => value switch
    {
        long v => new CountCell(v),
        int v => new CountCell(v),
        short v => new CountCell(v),
        sbyte v => new CountCell(v),
        byte v => new CountCell(v),
        ulong v => new CountCell(v),
        uint v => new CountCell(v),
        ushort v => new CountCell(v),
        BigInteger v => new CountCell((Int128)v),
        double v => new TextCell(v.ToString("R", CultureInfo.InvariantCulture)),
        float v => new TextCell(v.ToString("R", CultureInfo.InvariantCulture)),
        DateTime v => new TextCell(v.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
        IFormattable f => new TextCell(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => new TextCell(value.ToString() ?? string.Empty),
    };
}
