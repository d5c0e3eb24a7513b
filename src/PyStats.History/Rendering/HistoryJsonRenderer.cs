using System.Globalization;
using System.Text.Json;
using PyStats.History.Output;
using PyStats.Report.Model;

namespace PyStats.History.Rendering;

/// <summary>
/// A history report as JSON: <c>{"title", "notes", "columns", "rows"}</c>, each row an object
/// from column name to machine value (integers, fractions for ratios and changes, text, null).
/// </summary>
public static class HistoryJsonRenderer
{
    public static void Render(HistoryReport report, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("title", report.Title);
            json.WriteStartArray("notes");
            foreach (string note in report.Notes)
            {
                json.WriteStringValue(note);
            }

            json.WriteEndArray();
            json.WriteStartArray("columns");
            foreach (var column in report.Table.Columns)
            {
                json.WriteStringValue(column.Name);
            }

            json.WriteEndArray();
            json.WriteStartArray("rows");
            foreach (var row in report.Table.Rows)
            {
                json.WriteStartObject();
                for (int i = 0; i < row.Cells.Count; i++)
                {
                    json.WritePropertyName(report.Table.Columns[i].Name);
                    WriteValue(json, row.Cells[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static void WriteValue(Utf8JsonWriter json, ReportCell cell)
    {
        switch (cell)
        {
            case CountCell count:
                json.WriteRawValue(count.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case TextCell text:
                json.WriteStringValue(text.Text);
                break;
            case RatioCell ratio:
                WriteNumber(json, ratio.Value);
                break;
            case ChangeCell change:
                WriteNumber(json, change.Value);
                break;
            case MeasureCell measure:
                WriteNumber(json, measure.Value);
                break;
            default:
                json.WriteNullValue();
                break;
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumberValue(v);
        }
        else
        {
            json.WriteNullValue();
        }
    }
}
