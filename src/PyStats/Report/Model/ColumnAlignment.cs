namespace PyStats.Report.Model;

public enum ColumnAlignment
{
    Left,
    Right,
}
