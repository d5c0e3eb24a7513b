using System.Text;
using System.Text.Json;
using PyStats.Model;
using PyStats.Parsing;

namespace PyStats.History.Store;

/// <summary>
/// The metadata members of a merged JSON file (<c>_specialized_instructions</c>,
/// <c>_stats_defines</c>, <c>_defines</c>: whichever it had, in that order) as one small JSON
/// document, stored once per distinct document. Reading it back goes through the same
/// <see cref="JsonStatsReader"/> as the original file, so a stored run gets exactly its metadata.
/// </summary>
public static class MetadataDocument
{
    /// <summary>The document for a file's metadata pieces, or null when it had none.</summary>
    public static string? Write(JsonStatsReader.Result json)
    {
        if (json.SpecializedInstructions is null && json.StatsDefines is null && json.Defines is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (json.SpecializedInstructions is { } names)
            {
                writer.WriteStartArray(CounterNames.SpecializedInstructions);
                foreach (string name in names)
                {
                    writer.WriteStringValue(name);
                }

                writer.WriteEndArray();
            }

            WriteDefines(writer, CounterNames.StatsDefines, json.StatsDefines);
            WriteDefines(writer, CounterNames.Defines, json.Defines);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// The metadata of a stored JSON run, parsed as the original file was: the stored document
    /// with the pipeline's <c>"metadata"</c> member (if the file had one) appended as its last member.
    /// </summary>
    public static JsonStatsReader.Result Read(string? document, string? pipelineMetadata, string source)
    {
        string text = (document, pipelineMetadata) switch
        {
            (null, null) => "{}",
            (_, null) => document!,
            (null, _) => $"{{\"{Ingest.PipelineMetadata.MemberName}\":{pipelineMetadata}}}",
            _ => $"{document![..^1]},\"{Ingest.PipelineMetadata.MemberName}\":{pipelineMetadata}}}",
        };
        return JsonStatsReader.Parse(Encoding.UTF8.GetBytes(text), source, requireCounters: false);
    }

    private static void WriteDefines(Utf8JsonWriter writer, string name, DefineTable? table)
    {
        if (table is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        foreach (var (index, names) in table.Entries)
        {
            writer.WriteStartArray(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (string n in names)
            {
                writer.WriteStringValue(n);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
