using System.Text.Json;

namespace PyStats.Tests.Export;

/// <summary>The headings and tables of a JSON report, in the shape <see cref="MarkdownReport"/> reads.</summary>
public static class JsonReport
{
    public static List<ReportItem> Read(JsonElement root)
    {
        var items = new List<ReportItem>();
        foreach (var section in root.GetProperty("sections").EnumerateArray())
        {
            AddSection(section, level: 2, items);
        }

        return items;
    }

    /// <summary>Every table object of the report, depth first, in document order.</summary>
    public static IEnumerable<JsonElement> Tables(JsonElement root) => root.GetProperty("sections").EnumerateArray().SelectMany(TablesIn);

    private static IEnumerable<JsonElement> TablesIn(JsonElement section)
    {
        foreach (var part in section.GetProperty("parts").EnumerateArray())
        {
            switch (part.GetProperty("type").GetString())
            {
                case "table":
                    yield return part;
                    break;
                case "section":
                    foreach (var table in TablesIn(part))
                    {
                        yield return table;
                    }

                    break;
            }
        }
    }

    private static void AddSection(JsonElement section, int level, List<ReportItem> items)
    {
        items.Add(ReportItem.Heading(level, section.GetProperty("title").GetString()!));
        foreach (var part in section.GetProperty("parts").EnumerateArray())
        {
            switch (part.GetProperty("type").GetString())
            {
                case "section":
                    AddSection(part, level + 1, items);
                    break;
                case "table":
                    var columns = part.GetProperty("columns").EnumerateArray()
                        .Select(c => $"{c.GetProperty("align").GetString()}:{c.GetProperty("name").GetString()}").ToList();
                    var rows = part.GetProperty("rows").EnumerateArray()
                        .Select(r => (IReadOnlyList<string>)r.EnumerateArray().Select(CellText).ToList()).ToList();
                    items.Add(ReportItem.Table(columns, rows));
                    break;
                case "note":
                    break;
                default:
                    Assert.Fail("unknown part type " + part.GetProperty("type"));
                    break;
            }
        }
    }

    private static string CellText(JsonElement cell)
    {
        string text = cell.GetProperty("text").GetString()!;
        return cell.GetProperty("type").GetString() == "doc" ? ReportItem.DocText(text, cell.GetProperty("doc").GetString()!) : text;
    }
}
