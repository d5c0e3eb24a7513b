using PyStats.Report.Model;

namespace PyStats.Rendering.Csv;

/// <summary>One table of a CSV export: where it sits in the report and the file it goes to.</summary>
public sealed record CsvTableFile(ReportTable Table, string SectionPath, string FileName)
{
    public string TableId => Table.Id;

    public int RowCount => Table.Rows.Count;
}
