using System.Text.Json;
using PyStats.Rendering.Json;
using PyStats.Tests.Golden;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Export;

/// <summary><c>--format json</c> carries the whole report model: the same report as the Markdown, with raw numbers.</summary>
public sealed class JsonExportTests
{
    [Theory]
    [MemberData(nameof(ExportCases.All), MemberType = typeof(ExportCases))]
    public void Json_has_every_section_and_table_of_the_markdown_report_with_the_same_cell_texts(GoldenCase golden)
    {
        var run = ExportCases.Run(golden, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);

        // CPython's own report of the same data: headings, columns, alignments and cell texts.
        var expected = MarkdownReport.Read(File.ReadAllText(golden.Expected));
        var actual = JsonReport.Read(json.RootElement);
        Assert.True(expected.Count(i => i.Kind == "table") > 5, "the Markdown reader found too few tables");
        Assert.Equal(expected.Select(i => i.ToString()), actual.Select(i => i.ToString()));
        for (int i = 0; i < expected.Count; i++)
        {
            for (int r = 0; r < expected[i].Rows.Count; r++)
            {
                Assert.Equal(expected[i].Rows[r], actual[i].Rows[r]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ExportCases.All), MemberType = typeof(ExportCases))]
    public void Json_numbers_are_the_raw_values_of_the_model(GoldenCase golden)
    {
        var document = ExportCases.Build(golden);
        var text = new StringWriter();
        new JsonRenderer().Render(document, text);
        using var json = JsonDocument.Parse(text.ToString());
        var root = json.RootElement;

        Assert.Equal(JsonRenderer.Schema, root.GetProperty("schema").GetString());
        Assert.Equal(document.Dialect, root.GetProperty("dialect").GetString());
        Assert.Equal("2025-12-08", root.GetProperty("date").GetString());
        Assert.Equal(document.IsComparison, root.GetProperty("comparison").GetBoolean());
        var inputs = root.GetProperty("inputs").EnumerateArray().ToList();
        Assert.Equal(document.Inputs.Count, inputs.Count);
        for (int i = 0; i < inputs.Count; i++)
        {
            Assert.Equal(document.Inputs[i].Label, inputs[i].GetProperty("label").GetString());
            Assert.Equal(document.Inputs[i].Source, inputs[i].GetProperty("source").GetString());
            JsonCellAssert.Integer(document.Inputs[i].FileCount, inputs[i].GetProperty("files"), "files");
        }

        var modelTables = ExportCases.Tables(document).ToList();
        var jsonTables = JsonReport.Tables(root).ToList();
        Assert.Equal(modelTables.Select(t => t.Id), jsonTables.Select(t => t.GetProperty("id").GetString()));
        for (int t = 0; t < modelTables.Count; t++)
        {
            var rows = jsonTables[t].GetProperty("rows").EnumerateArray().ToList();
            Assert.Equal(modelTables[t].Rows.Count, rows.Count);
            for (int r = 0; r < rows.Count; r++)
            {
                var cells = rows[r].EnumerateArray().ToList();
                Assert.Equal(modelTables[t].Rows[r].Cells.Count, cells.Count);
                for (int c = 0; c < cells.Count; c++)
                {
                    JsonCellAssert.Same(modelTables[t].Rows[r].Cells[c], cells[c], $"{modelTables[t].Id} row {r} cell {c}");
                }
            }
        }
    }

    [Fact]
    public void Json_written_to_a_file_equals_the_json_on_stdout()
    {
        var golden = GoldenCases.Comparisons().First();
        using var temp = new TempDirectory();
        string path = temp.File("report.json");
        var toFile = ExportCases.Run(golden, "--format", "json", "-o", path);
        var toStdout = ExportCases.Run(golden, "--format", "JSON");
        Assert.True(toFile.ExitCode == 0, toFile.Error);
        Assert.Equal("", toFile.Out);
        Assert.Equal(toStdout.Out, File.ReadAllText(path));
        Assert.EndsWith("}\n", toStdout.Out, StringComparison.Ordinal);
        Assert.Equal(["report.json"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Json_keeps_notes_and_nested_sections_in_order()
    {
        var golden = GoldenCases.Comparisons().First();
        using var json = JsonDocument.Parse(ExportCases.Run(golden, "-f", "json").Out);
        var sections = json.RootElement.GetProperty("sections").EnumerateArray().ToList();
        var pairs = sections.Single(s => s.GetProperty("id").GetString() == "pair-counts");
        var note = Assert.Single(pairs.GetProperty("parts").EnumerateArray());
        Assert.Equal("note", note.GetProperty("type").GetString());
        Assert.Equal("Not included in comparative output.", note.GetProperty("text").GetString());

        var specialization = sections.Single(s => s.GetProperty("id").GetString() == "specialization-stats");
        var family = specialization.GetProperty("parts").EnumerateArray().First();
        Assert.Equal("section", family.GetProperty("type").GetString());
        Assert.StartsWith("specialization-stats/", family.GetProperty("id").GetString(), StringComparison.Ordinal);
    }
}
