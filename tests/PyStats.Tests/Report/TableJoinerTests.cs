using PyStats.Rendering;
using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Tests.Report;

public sealed class TableJoinerTests
{
    private static readonly IReadOnlyList<ReportColumn> Columns = [ReportColumn.Left("Name"), ReportColumn.Right("Count"), ReportColumn.Right("Ratio")];

    private static ReportRow Row(string name, int count) => new(new TextCell(name), new CountCell(count), new RatioCell(count, 100));

    private static List<string> Texts(ReportRow row) => row.Cells.Select(CellText.Format).ToList();

    [Fact]
    public void Keys_are_base_order_then_head_only_keys_and_missing_sides_are_empty()
    {
        var (columns, rows) = TableJoiner.Join(Columns, [[Row("A", 1), Row("B", 2)], [Row("C", 3), Row("A", 1)]], ["Base", "Head"], JoinMode.ChangeNoSort);

        Assert.Equal(["Name", "Base Count", "Base Ratio", "Head Count", "Head Ratio", "Change"], columns.Select(c => c.Name));
        Assert.Equal(ColumnAlignment.Right, columns[^1].Alignment);
        Assert.Equal(["A", "B", "C"], rows.Select(r => ((TextCell)r.Key).Text));
        Assert.Equal(["B", "2", "2.0%", "", "", ""], Texts(rows[1]));
        Assert.Equal(["C", "", "", "3", "3.0%", ""], Texts(rows[2]));
    }

    [Fact]
    public void Change_mode_sorts_by_absolute_change_descending_and_keeps_ties_in_join_order()
    {
        var baseRows = new[] { Row("same1", 10), Row("up", 10), Row("same2", 10), Row("down", 10), Row("fromZero", 0), Row("gone", 10) };
        var headRows = new[] { Row("same1", 10), Row("up", 15), Row("same2", 10), Row("down", 2), Row("fromZero", 7), Row("new", 1) };
        var (_, rows) = TableJoiner.Join(Columns, [baseRows, headRows], ["Base", "Head"], JoinMode.Change);

        // |-80%| > |+50%| > all the rest (0, N/0 and missing sides all sort as 0, in join order).
        Assert.Equal(["down", "up", "same1", "same2", "fromZero", "gone", "new"], rows.Select(r => ((TextCell)r.Key).Text));
        Assert.Equal("7 / 0 !!", CellText.Format(rows[4].Cells[^1]));
        Assert.Equal("-80.0%", CellText.Format(rows[0].Cells[^1]));
    }

    [Fact]
    public void One_column_mode_keeps_only_the_first_value_column()
    {
        var (columns, rows) = TableJoiner.Join(Columns, [[Row("A", 4)], [Row("A", 5)]], ["Base", "Head"], JoinMode.ChangeOneColumn);
        Assert.Equal(["Name", "Base Count", "Head Count", "Change"], columns.Select(c => c.Name));
        Assert.Equal(["A", "4", "5", "25.0%"], Texts(rows[0]));
    }

    [Fact]
    public void Simple_mode_has_no_change_column()
    {
        var (columns, rows) = TableJoiner.Join(Columns, [[Row("A", 4)], [Row("A", 5)]], ["Base", "Head"], JoinMode.Simple);
        Assert.Equal(5, columns.Count);
        Assert.Equal(["A", "4", "4.0%", "5", "5.0%"], Texts(rows[0]));
    }

    [Fact]
    public void Doc_labels_join_on_text_and_doc()
    {
        ReportRow DocRow(int n) => new(new DocCell("hit", "Specialized instructions that complete."), new CountCell(n), new RatioCell(n, 10));
        var (_, rows) = TableJoiner.Join(Columns, [[DocRow(1)], [DocRow(2)]], ["Base", "Head"], JoinMode.Change);
        Assert.Single(rows);
    }
}
