using System.Globalization;
using PyStats.IO;
using PyStats.Report.Model;

namespace PyStats.Rendering.Csv;

/// <summary>
/// Writes every table of a report as its own CSV file (header row from the column names, then
/// the machine values of the cells) into a directory, plus <c>index.csv</c> listing them. Each
/// file is written atomically, and the index last: a failure leaves no half-written file and no
/// index naming a file that is not there.
/// </summary>
public sealed class CsvDirectoryWriter
{
    public const string IndexFileName = "index.csv";

    /// <summary>Separates the titles of nested sections in the index ("Specialization stats > LOAD_ATTR").</summary>
    public const string SectionSeparator = " > ";

    public static readonly IReadOnlyList<string> IndexColumns = ["table_id", "section", "file", "rows"];

    public IReadOnlyList<CsvTableFile> Write(ReportDocument document, string directory)
    {
        Directory.CreateDirectory(directory);
        var files = Plan(document);
        foreach (var file in files)
        {
            AtomicFile.WriteText(Path.Combine(directory, file.FileName), writer => WriteTable(file.Table, writer));
        }

        AtomicFile.WriteText(Path.Combine(directory, IndexFileName), writer => WriteIndex(files, writer));
        return files;
    }

    /// <summary>The tables of the report in document order, with their unique file names.</summary>
    public static IReadOnlyList<CsvTableFile> Plan(ReportDocument document)
    {
        var names = new CsvFileNames(IndexFileName);
        var files = new List<CsvTableFile>();
        foreach (var section in document.Sections)
        {
            Collect(section, section.Title, names, files);
        }

        return files;
    }

    /// <summary>
    /// The header, then one record per row. A column of links (the headline's subjects) is
    /// followed by two more at the end of each record, "COLUMN table" and "COLUMN row": the table
    /// id and row key the link points to.
    /// </summary>
    public static void WriteTable(ReportTable table, TextWriter output)
    {
        var links = Enumerable.Range(0, table.Columns.Count).Where(i => table.Rows.Any(r => i < r.Cells.Count && r.Cells[i] is LinkCell)).ToList();
        CsvField.WriteRecord(output, table.Columns.Select(c => c.Name).Concat(links.SelectMany(i => new[] { table.Columns[i].Name + " table", table.Columns[i].Name + " row" })));
        foreach (var row in table.Rows)
        {
            var targets = links.SelectMany(i => i < row.Cells.Count && row.Cells[i] is LinkCell l ? new[] { l.TableId, l.RowKey } : [string.Empty, string.Empty]);
            CsvField.WriteRecord(output, row.Cells.Select(CsvCellValue.Format).Concat(targets));
        }
    }

    private static void WriteIndex(IReadOnlyList<CsvTableFile> files, TextWriter output)
    {
        CsvField.WriteRecord(output, IndexColumns);
        foreach (var file in files)
        {
            CsvField.WriteRecord(output, [file.TableId, file.SectionPath, file.FileName, file.RowCount.ToString(CultureInfo.InvariantCulture)]);
        }
    }

    private static void Collect(ReportSection section, string path, CsvFileNames names, List<CsvTableFile> files)
    {
        foreach (var part in section.Parts)
        {
            switch (part)
            {
                case ReportTable table:
                    files.Add(new CsvTableFile(table, path, names.For(table.Id)));
                    break;
                case ReportSection child:
                    Collect(child, path + SectionSeparator + child.Title, names, files);
                    break;
            }
        }
    }
}
