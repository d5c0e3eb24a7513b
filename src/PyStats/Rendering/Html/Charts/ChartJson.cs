using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PyStats.Rendering.Html.Charts;

/// <summary>
/// Serializes chart specs for the page's <c>&lt;script type="application/json"&gt;</c> block.
/// Written with <see cref="Utf8JsonWriter"/> (no reflection, so Native AOT is fine). The default
/// encoder escapes &lt;, &gt;, &amp;, quotes and non-ASCII as \uXXXX, so no label taken from a
/// counter file can close the script element.
/// </summary>
internal static class ChartJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static string Serialize(IReadOnlyList<ChartSpec> charts)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var chart in charts)
            {
                WriteChart(json, chart);
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteChart(Utf8JsonWriter json, ChartSpec chart)
    {
        json.WriteStartObject();
        json.WriteString("id", chart.Id);
        json.WriteString("title", chart.Title);
        json.WriteBoolean("horizontal", chart.Horizontal);
        json.WriteBoolean("stacked", chart.Stacked);
        json.WriteString("unit", chart.Unit switch { ChartUnit.Percent => "percent", ChartUnit.Points => "points", _ => "count" });
        json.WriteBoolean("diverging", chart.Diverging);
        if (chart.AxisMax is { } max)
        {
            json.WriteNumber("max", max);
        }

        WriteStrings(json, "labels", chart.Labels);
        WriteStrings(json, "notes", chart.Notes);
        json.WriteStartArray("series");
        foreach (var series in chart.Series)
        {
            json.WriteStartObject();
            json.WriteString("name", series.Name);
            json.WriteString("role", series.Role);
            json.WriteNumber("shade", series.Shade);
            if (series.Stack is not null)
            {
                json.WriteString("stack", series.Stack);
            }

            json.WriteStartArray("values");
            foreach (double value in series.Values)
            {
                // JSON has no NaN/Infinity; counts and ratios are finite, this only guards odd input.
                json.WriteNumberValue(double.IsFinite(value) ? value : 0);
            }

            json.WriteEndArray();
            WriteStrings(json, "texts", series.Texts);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
