using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PyStats.History.Ingest;

/// <summary>
/// The <c>"metadata"</c> member a benchmark pipeline adds to the merged JSON (commit id, fork,
/// branch, date…). Kept as its exact text, so whatever reads it later sees what the file had.
/// </summary>
public sealed record PipelineMetadata(string Json, string? Commit, string? Fork, string? Branch, DateTimeOffset? CommitDate, string? CommitDateText)
{
    public const string MemberName = "metadata";

    /// <summary>The member of a JSON document that has already parsed, or null when it has none (or it is not an object).</summary>
    public static PipelineMetadata? Find(ReadOnlySpan<byte> json)
    {
        if (json.StartsWith("\xEF\xBB\xBF"u8))
        {
            json = json[3..];
        }

        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool wanted = reader.ValueTextEquals(MemberName);
            reader.Read();
            if (wanted && reader.TokenType == JsonTokenType.StartObject)
            {
                int start = (int)reader.TokenStartIndex;
                reader.Skip();
                return Parse(Encoding.UTF8.GetString(json[start..(int)reader.BytesConsumed]));
            }

            reader.Skip();
        }

        return null;
    }

    public static PipelineMetadata Parse(string text)
    {
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        string? Get(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        string? dateText = Get("commit_date");
        DateTimeOffset? date = dateText is not null && DateTimeOffset.TryParse(dateText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        return new PipelineMetadata(text, Get("commit_id"), Get("commit_fork"), Get("commit_branch"), date, date is null ? null : dateText);
    }
}
