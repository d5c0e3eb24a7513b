using System.Globalization;
using PyStats.Rendering.Csv;
using PyStats.Report.Model;
using PyStats.Tests.Golden;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Export;

/// <summary><c>--format csv -o DIR</c>: one RFC 4180 file per table with machine values, plus index.csv.</summary>
public sealed class CsvExportTests
{
    [Theory]
    [MemberData(nameof(ExportCases.All), MemberType = typeof(ExportCases))]
    public void Csv_has_one_file_per_table_with_its_header_rows_and_raw_values(GoldenCase golden)
    {
        using var temp = new TempDirectory();
        string dir = Path.Combine(temp.Path, "out", "csv");
        var run = ExportCases.Run(golden, "--format", "csv", "-o", dir);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Out);

        var tables = ExportCases.Tables(ExportCases.Build(golden)).ToList();
        var index = RfcCsv.ReadFile(Path.Combine(dir, "index.csv"));
        Assert.Equal(["table_id", "section", "file", "rows"], index[0]);
        Assert.Equal(tables.Select(t => t.Id), index.Skip(1).Select(r => r[0]));
        Assert.Equal(tables.Count + 1, Directory.GetFiles(dir).Length);
        Assert.Equal(index.Count - 1, index.Skip(1).Select(r => r[2]).Distinct(StringComparer.OrdinalIgnoreCase).Count());

        for (int t = 0; t < tables.Count; t++)
        {
            var entry = index[t + 1];
            Assert.Matches("^[a-z0-9_-]+\\.csv$", entry[2]);
            Assert.Equal(tables[t].Rows.Count.ToString(CultureInfo.InvariantCulture), entry[3]);
            var records = RfcCsv.ReadFile(Path.Combine(dir, entry[2]));
            Assert.Equal(tables[t].Columns.Select(c => c.Name), records[0]);
            Assert.Equal(tables[t].Rows.Count, records.Count - 1);
            for (int r = 0; r < tables[t].Rows.Count; r++)
            {
                var cells = tables[t].Rows[r].Cells;
                Assert.Equal(cells.Count, records[r + 1].Count);
                for (int c = 0; c < cells.Count; c++)
                {
                    AssertValue(cells[c], records[r + 1][c], $"{entry[2]} row {r} cell {c}");
                }
            }
        }
    }

    [Fact]
    public void Index_names_the_section_path_of_nested_tables()
    {
        var golden = GoldenCases.SingleReports().First();
        using var temp = new TempDirectory();
        Assert.Equal(0, ExportCases.Run(golden, "-f", "csv", "-o", temp.Path).ExitCode);
        var index = RfcCsv.ReadFile(temp.File("index.csv"));
        var kinds = index.Single(r => r[0] == "specialization-stats/load_attr/kinds");
        Assert.Equal("Specialization stats > LOAD_ATTR", kinds[1]);
        Assert.Equal("specialization-stats__load_attr__kinds.csv", kinds[2]);
    }

    [Fact]
    public void Labels_with_commas_quotes_and_newlines_are_quoted_and_read_back()
    {
        string[] labels = ["plain", "a, b", "say \"hi\"", "two\nlines", "cr\r\nlf", "`LOAD_ATTR`, \"quoted\"", "", " spaced "];
        var rows = labels.Select((l, i) => new ReportRow(new TextCell(l), new CountCell(i), new DocCell(l + " doc", "Doc with `backticks`, \"quotes\"\nand lines."))).ToList();
        var table = new ReportTable("odd/labels \"x\"", [ReportColumn.Left("Name, \"quoted\""), ReportColumn.Right("Count"), ReportColumn.Left("Kind\nof")], rows);
        var section = new ReportSection("odd", "Odd, \"titles\"", "odd", "", [table]);
        var document = new ReportDocument([], "3.13", new DateOnly(2025, 12, 8), [section]);

        using var temp = new TempDirectory();
        var files = new CsvDirectoryWriter().Write(document, temp.Path);
        var file = Assert.Single(files);
        Assert.Equal("odd__labels--x-.csv", file.FileName);

        var records = RfcCsv.ReadFile(temp.File(file.FileName));
        Assert.Equal(["Name, \"quoted\"", "Count", "Kind\nof"], records[0]);
        Assert.Equal(labels, records.Skip(1).Select(r => r[0]));
        Assert.Equal(labels.Select(l => l + " doc"), records.Skip(1).Select(r => r[2]));

        var index = RfcCsv.ReadFile(temp.File("index.csv"));
        Assert.Equal(["odd/labels \"x\"", "Odd, \"titles\"", file.FileName, "8"], index[1]);
    }

    [Fact]
    public void Fields_are_quoted_only_when_needed()
    {
        var writer = new StringWriter();
        CsvField.WriteRecord(writer, ["a", "b c", "d,e", "f\"g", "h\ni", ""]);
        Assert.Equal("a,b c,\"d,e\",\"f\"\"g\",\"h\ni\",\r\n", writer.ToString());
    }

    [Fact]
    public void File_names_are_safe_and_unique_even_without_case()
    {
        var names = new CsvFileNames(CsvDirectoryWriter.IndexFileName);
        Assert.Equal("specialization-stats__load_attr__kinds.csv", names.For("specialization-stats/load_attr/kinds"));
        Assert.Equal("specialization-stats__load_attr__kinds-2.csv", names.For("Specialization-Stats/LOAD_ATTR/kinds"));
        Assert.Equal("index-2.csv", names.For("index"));
        Assert.Equal("a--b-c.csv", names.For("a:\\b.c"));
        Assert.Equal("con_.csv", names.For("CON"));
        Assert.Equal("table.csv", names.For(""));
        Assert.Equal(124, names.For(new string('x', 500)).Length);
    }

    [Fact]
    public void Csv_without_an_output_directory_is_a_usage_error()
    {
        var golden = GoldenCases.SingleReports().First();
        foreach (var args in new[] { new[] { "-f", "csv" }, ["-f", "csv", "-o", "-"] })
        {
            var run = ExportCases.Run(golden, args);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("-o DIR", run.Error, StringComparison.Ordinal);
            Assert.Equal("", run.Out);
        }
    }

    /// <summary>The machine value a CSV cell must hold, derived here independently of the writer.</summary>
    private static void AssertValue(ReportCell cell, string actual, string where)
    {
        switch (cell)
        {
            case CountCell count:
                Assert.True(Int128.Parse(actual, CultureInfo.InvariantCulture) == count.Value, where);
                break;
            case RatioCell ratio:
                AssertFraction(ratio.Value, actual, where);
                break;
            case ChangeCell change:
                AssertFraction(change.Value, actual, where);
                break;
            case BucketCell bucket:
                Assert.True(System.Numerics.BigInteger.Parse(actual, CultureInfo.InvariantCulture) == bucket.UpperBound, where);
                break;
            case TextCell text:
                Assert.True(text.Text == actual, where);
                break;
            case DocCell doc:
                Assert.True(doc.Text == actual, where);
                break;
            case EmptyCell:
                Assert.True(actual.Length == 0, where);
                break;
            default:
                Assert.Fail($"{where}: unexpected cell {cell}");
                break;
        }
    }

    private static void AssertFraction(double? expected, string actual, string where)
    {
        if (expected is { } value)
        {
            Assert.True(double.Parse(actual, CultureInfo.InvariantCulture).Equals(value), $"{where}: {actual} ≠ {value:R}");
        }
        else
        {
            Assert.True(actual.Length == 0, $"{where}: expected empty, got {actual}");
        }
    }
}
