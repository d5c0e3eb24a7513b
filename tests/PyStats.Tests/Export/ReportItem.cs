namespace PyStats.Tests.Export;

/// <summary>A heading or a table of a report, as text, for comparing formats.</summary>
public sealed record ReportItem(string Kind, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static ReportItem Heading(int level, string title) => new("h" + level, title, [], []);

    public static ReportItem Table(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows) => new("table", string.Empty, columns, rows);

    public static string DocText(string label, string doc) => label + " ⓘ " + doc;

    public override string ToString() => Kind == "table" ? $"table [{string.Join(" | ", Columns)}] × {Rows.Count}" : $"{Kind} {Title}";
}
