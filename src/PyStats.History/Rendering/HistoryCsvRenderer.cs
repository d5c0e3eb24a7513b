using PyStats.History.Output;
using PyStats.Rendering.Csv;

namespace PyStats.History.Rendering;

/// <summary>A history report as CSV on one stream: one header line, one line per row, machine values.</summary>
public static class HistoryCsvRenderer
{
    public static void Render(HistoryReport report, TextWriter output)
    {
        CsvField.WriteRecord(output, report.Table.Columns.Select(c => c.Name));
        foreach (var row in report.Table.Rows)
        {
            CsvField.WriteRecord(output, row.Cells.Select(CsvCellValue.Format));
        }
    }
}
