using System.Globalization;
using System.Text;
using System.Text.Json;
using PyStats.History.Output;
using PyStats.Rendering;
using PyStats.Rendering.Html;

namespace PyStats.History.Rendering;

/// <summary>
/// A history report as one self-contained HTML page: the report's stylesheet, the table and, for
/// trends, a time chart drawn with the Chart.js the HTML report embeds. Nothing is loaded from the
/// network; a Content-Security-Policy allows only the two inline scripts, by hash.
/// </summary>
public static class HistoryHtmlRenderer
{
    private static readonly Lazy<string> TrendScript = new(() =>
    {
        using var stream = typeof(HistoryHtmlRenderer).Assembly.GetManifestResourceStream("PyStats.History.trend.js")
            ?? throw new InvalidOperationException("embedded resource PyStats.History.trend.js is missing from the build");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    });

    public static void Render(HistoryReport report, TextWriter output)
    {
        string csp = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src "
            + HtmlAssets.Sha256Source(HtmlAssets.ChartLibrary) + " " + HtmlAssets.Sha256Source(TrendScript.Value)
            + "; base-uri 'none'; form-action 'none'";
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"");
        HtmlEscape.Write(output, csp);
        output.Write("\">\n<meta name=\"generator\" content=\"pystats\">\n<title>");
        HtmlEscape.Write(output, report.Title);
        output.Write("</title>\n<style>");
        output.Write(HtmlAssets.Style);
        output.Write("</style>\n</head>\n<body>\n<main id=\"main\">\n<h1>");
        HtmlEscape.Write(output, report.Title);
        output.Write("</h1>\n");
        foreach (string note in report.Notes)
        {
            output.Write("<p>");
            HtmlEscape.Write(output, note);
            output.Write("</p>\n");
        }

        if (report.Chart is not null)
        {
            output.Write("<div class=\"chart\"><canvas id=\"trend-chart\" role=\"img\" aria-label=\"");
            HtmlEscape.Write(output, report.Chart.Title);
            output.Write("\"></canvas></div>\n");
        }

        WriteTable(report, output);
        output.Write("</main>\n");
        if (report.Chart is not null)
        {
            // "</" cannot occur in the JSON: the writer escapes '<' and '>'.
            output.Write("<script type=\"application/json\" id=\"history-chart\">");
            output.Write(ChartJson(report.Chart));
            output.Write("</script>\n<script>");
            output.Write(HtmlAssets.ChartLibrary);
            output.Write("</script>\n");
        }

        output.Write("<script>");
        output.Write(TrendScript.Value);
        output.Write("</script>\n</body>\n</html>\n");
    }

    private static void WriteTable(HistoryReport report, TextWriter output)
    {
        var table = report.Table;
        output.Write("<table class=\"report-table\">\n<thead>\n<tr>");
        foreach (var column in table.Columns)
        {
            output.Write(column.Alignment == PyStats.Report.Model.ColumnAlignment.Right ? "<th class=\"num\">" : "<th>");
            HtmlEscape.Write(output, column.Name);
            output.Write("</th>");
        }

        output.Write("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            output.Write("<tr>");
            for (int i = 0; i < row.Cells.Count; i++)
            {
                output.Write(table.Columns[i].Alignment == PyStats.Report.Model.ColumnAlignment.Right ? "<td class=\"num\">" : "<td>");
                HtmlEscape.Write(output, CellText.Format(row.Cells[i], extended: true));
                output.Write("</td>");
            }

            output.Write("</tr>\n");
        }

        output.Write("</tbody>\n</table>\n");
    }

    private static string ChartJson(TimeChart chart)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("title", chart.Title);
            json.WriteString("valueLabel", chart.ValueLabel);
            json.WriteStartArray("series");
            foreach (var series in chart.Series)
            {
                json.WriteStartObject();
                json.WriteString("name", series.Name);
                json.WriteStartArray("points");
                foreach (var point in series.Points)
                {
                    json.WriteStartObject();
                    json.WriteNumber("x", point.Date.ToUnixTimeMilliseconds());
                    json.WriteNumber("y", Math.Round(point.Value, 6));
                    json.WriteString("commit", point.Commit);
                    json.WriteString("date", point.Date.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
                    json.WriteNumber("run", point.RunId);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
