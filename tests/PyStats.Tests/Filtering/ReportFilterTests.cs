using PyStats.Report.Filtering;
using PyStats.Report.Model;

namespace PyStats.Tests.Filtering;

/// <summary>The model-to-model filter on small hand-made reports.</summary>
public sealed class ReportFilterTests
{
    private static readonly ReportInput Input = new("Base", "x", "Json", 1, null, "none");

    [Fact]
    public void No_options_return_the_very_same_document()
    {
        var document = Comparison(ChangeRow("A", 1, 2));
        Assert.Same(document, ReportFilter.Apply(document, ReportFilterOptions.None));
    }

    [Fact]
    public void Sections_match_title_or_id_without_case_and_keep_report_order()
    {
        var document = Document([Input], Section("first", "First one"), Section("second", "Second"), Section("third", "Third"));
        var filtered = ReportFilter.Apply(document, new ReportFilterOptions { Sections = ["THIRD", "first one", "Third"] });
        Assert.Equal(["first", "third"], filtered.Sections.Select(s => s.Id));
    }

    [Fact]
    public void An_unknown_section_names_the_valid_ones()
    {
        var document = Document([Input], Section("first", "First"), Section("second", "Second"));
        var e = Assert.Throws<UnknownSectionException>(() => ReportFilter.Apply(document, new ReportFilterOptions { Sections = ["first", "nope"] }));
        Assert.Equal("nope", e.Name);
        Assert.Equal(["first", "second"], e.ValidIds);
    }

    [Fact]
    public void Top_keeps_the_first_rows_of_every_table_including_nested_ones()
    {
        var rows = Enumerable.Range(1, 5).Select(i => new ReportRow(new TextCell($"r{i}"), new CountCell(i))).ToArray();
        var nested = new ReportSection("s/n", "N", "n", "", [Table("s/n/t", rows), new ReportNote("a note")]);
        var document = Document([Input], new ReportSection("s", "S", "s", "", [Table("s/t", rows[..2]), nested]));

        var filtered = ReportFilter.Apply(document, new ReportFilterOptions { Top = 3 });
        var section = Assert.Single(filtered.Sections);
        Assert.Same(((ReportTable)document.Sections[0].Parts[0]), section.Parts[0]);
        var child = Assert.IsType<ReportSection>(section.Parts[1]);
        Assert.Equal(["r1", "r2", "r3"], Assert.IsType<ReportTable>(child.Parts[0]).Rows.Select(r => ((TextCell)r.Key).Text));
        Assert.Equal(new ReportNote("a note"), child.Parts[1]);
    }

    [Fact]
    public void Min_change_drops_small_numeric_changes_and_keeps_rows_without_a_number()
    {
        var document = Comparison(
            ChangeRow("small", 100, 101),
            ChangeRow("big", 100, 150),
            ChangeRow("exactly", 100, 105),
            ChangeRow("negative", 100, 80),
            ChangeRow("tiny negative", 1000, 999),
            ChangeRow("base only", 100, null),
            ChangeRow("head only", null, 100),
            ChangeRow("from zero", 0, 3),
            ChangeRow("zero to zero", 0, 0));

        var filtered = ReportFilter.Apply(document, new ReportFilterOptions { MinChangePercent = 5 });
        Assert.Equal(["big", "exactly", "negative", "base only", "head only", "from zero", "zero to zero"], Keys(filtered, 0));
    }

    [Fact]
    public void Min_change_leaves_tables_without_a_change_column_and_single_reports_alone()
    {
        var plain = Table("t/plain", [new ReportRow(new TextCell("gen 0"), new CountCell(1))]);
        var comparison = Document([Input, Input with { Label = "Head" }], new ReportSection("t", "T", "t", "", [plain]));
        Assert.Same(plain, ReportFilter.Apply(comparison, new ReportFilterOptions { MinChangePercent = 50 }).Sections[0].Parts[0]);

        var single = Document([Input], new ReportSection("s", "S", "s", "", [Table("s/t", [ChangeRow("small", 100, 101)])]));
        Assert.Equal(["small"], Keys(ReportFilter.Apply(single, new ReportFilterOptions { MinChangePercent = 50 }), 0));
    }

    [Fact]
    public void Top_counts_the_rows_left_by_min_change_and_emptied_tables_are_dropped()
    {
        var document = Comparison(ChangeRow("a", 100, 101), ChangeRow("b", 100, 200), ChangeRow("c", 100, 300), ChangeRow("d", 100, 400));
        Assert.Equal(["b", "c"], Keys(ReportFilter.Apply(document, new ReportFilterOptions { MinChangePercent = 10, Top = 2 }), 0));

        var emptied = ReportFilter.Apply(document, new ReportFilterOptions { MinChangePercent = 1000 });
        Assert.Empty(Assert.Single(emptied.Sections).Parts);
    }

    [Fact]
    public void Bad_option_values_are_rejected()
    {
        var document = Comparison(ChangeRow("a", 1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportFilter.Apply(document, new ReportFilterOptions { Top = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportFilter.Apply(document, new ReportFilterOptions { MinChangePercent = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportFilter.Apply(document, new ReportFilterOptions { MinChangePercent = double.NaN }));
    }

    private static List<string> Keys(ReportDocument document, int part) =>
        ((ReportTable)document.Sections[0].Parts[part]).Rows.Select(r => ((TextCell)r.Key).Text).ToList();

    private static ReportRow ChangeRow(string name, long? baseValue, long? headValue)
    {
        ReportCell Side(long? v) => v is { } x ? new CountCell(x) : EmptyCell.Instance;
        return new ReportRow(new TextCell(name), Side(baseValue), Side(headValue), new ChangeCell(baseValue, headValue));
    }

    private static ReportDocument Comparison(params ReportRow[] rows) =>
        Document([Input, Input with { Label = "Head" }], new ReportSection("s", "S", "s", "", [Table("s/t", rows)]));

    private static ReportTable Table(string id, IReadOnlyList<ReportRow> rows) =>
        new(id, [ReportColumn.Left("Name"), ReportColumn.Right("Base Count"), ReportColumn.Right("Head Count"), ReportColumn.Right("Change")], rows);

    private static ReportSection Section(string id, string title) => new(id, title, title.ToLowerInvariant(), "", []);

    private static ReportDocument Document(IReadOnlyList<ReportInput> inputs, params ReportSection[] sections) =>
        new(inputs, "3.13", new DateOnly(2025, 12, 8), sections);
}
