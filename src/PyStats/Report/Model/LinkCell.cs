namespace PyStats.Report.Model;

/// <summary>
/// A label that refers to a row of another table of the report: the table's id and the key
/// (first-cell text) of the row. Renderers show <see cref="Text"/>; the HTML page links it to
/// the row, JSON and CSV carry the table id and row key.
/// </summary>
public sealed record LinkCell(string Text, string TableId, string RowKey) : ReportCell
{
    public override string JoinKey => Text;
}
