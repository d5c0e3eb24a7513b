using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PyStats.IO;
using PyStats.Report.Model;

namespace PyStats.Rendering.Json;

/// <summary>
/// Writes the computed report model as JSON (schema in docs/json-format.md): the document, its
/// sections and parts in order, and typed cells with raw numbers plus their display text.
/// Uses <see cref="Utf8JsonWriter"/> directly, so it needs no reflection (AOT-safe).
/// </summary>
public sealed class JsonRenderer
{
    /// <summary>The value of the top-level <c>schema</c> member; bumped on incompatible changes.</summary>
    public const string Schema = "pystats-report/1";

    // Relaxed escaping keeps the doc texts readable (quotes, backticks, ⓘ); the output is never
    // embedded in HTML or a script, where the default escaping would matter.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    // Bytes are handed to the TextWriter in chunks of about this size, so a large report is never
    // held twice in memory.
    private const int ChunkSize = 1 << 16;

    public void Render(ReportDocument document, TextWriter output)
    {
        var buffer = new ArrayBufferWriter<byte>(ChunkSize * 2);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            var sink = new Sink(json, buffer, output);
            WriteDocument(json, document, sink);
            sink.Drain();
        }

        output.Write('\n');
    }

    private static void WriteDocument(Utf8JsonWriter json, ReportDocument document, Sink sink)
    {
        json.WriteStartObject();
        json.WriteString("schema", Schema);
        json.WriteString("dialect", document.Dialect);
        json.WriteString("dialectReason", document.DialectReason);
        json.WriteString("date", document.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteBoolean("comparison", document.IsComparison);
        json.WriteBoolean("extended", document.Extended);
        json.WriteStartArray("inputs");
        foreach (var input in document.Inputs)
        {
            WriteInput(json, input);
        }

        json.WriteEndArray();
        json.WriteStartArray("sections");
        foreach (var section in document.Sections)
        {
            WriteSection(json, section, sink, document.Extended);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteInput(Utf8JsonWriter json, ReportInput input)
    {
        json.WriteStartObject();
        json.WriteString("label", input.Label);
        json.WriteString("source", input.Source);
        json.WriteString("kind", input.Kind);
        JsonCellWriter.WriteInteger(json, "files", input.FileCount);
        json.WriteString("cpythonVersion", input.CPythonVersion);
        json.WriteString("metadataOrigin", input.MetadataOrigin);
        json.WriteEndObject();
    }

    private static void WriteSection(Utf8JsonWriter json, ReportSection section, Sink sink, bool extended)
    {
        json.WriteStartObject();
        json.WriteString("type", "section");
        json.WriteString("id", section.Id);
        json.WriteString("title", section.Title);
        json.WriteString("summary", section.Summary);
        json.WriteString("doc", section.Doc);
        json.WriteStartArray("parts");
        foreach (var part in section.Parts)
        {
            switch (part)
            {
                case ReportSection child:
                    WriteSection(json, child, sink, extended);
                    break;
                case ReportTable table:
                    WriteTable(json, table, extended);
                    sink.DrainIfFull();
                    break;
                case ReportNote note:
                    json.WriteStartObject();
                    json.WriteString("type", "note");
                    json.WriteString("text", note.Text);
                    json.WriteEndObject();
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(section), part.GetType().Name);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTable(Utf8JsonWriter json, ReportTable table, bool extended)
    {
        json.WriteStartObject();
        json.WriteString("type", "table");
        json.WriteString("id", table.Id);
        json.WriteStartArray("columns");
        foreach (var column in table.Columns)
        {
            json.WriteStartObject();
            json.WriteString("name", column.Name);
            json.WriteString("align", column.Alignment == ColumnAlignment.Right ? "right" : "left");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartArray();
            foreach (var cell in row.Cells)
            {
                JsonCellWriter.Write(json, cell, extended);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Moves what the JSON writer has produced so far to the text output.</summary>
    private sealed class Sink(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, TextWriter output)
    {
        public void DrainIfFull()
        {
            if (json.BytesPending + buffer.WrittenCount >= ChunkSize)
            {
                Drain();
            }
        }

        public void Drain()
        {
            // After Flush the buffer ends at a token boundary, hence on a whole UTF-8 sequence.
            json.Flush();
            output.Write(AtomicFile.Utf8NoBom.GetString(buffer.WrittenSpan));
            buffer.ResetWrittenCount();
        }
    }
}
