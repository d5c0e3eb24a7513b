using System.Text;
using System.Text.Json;
using PyStats.Model;

namespace PyStats.Parsing;

/// <summary>
/// Reads a merged JSON file (CPython's <c>--json-output</c>): number members are counters, kept
/// in document order; <c>_specialized_instructions</c>, <c>_stats_defines</c> and <c>_defines</c>
/// are metadata; a pipeline's <c>"metadata"</c> object gives <see cref="PipelineInfo"/> (its
/// string members only); any other object or list member is ignored. A string, boolean or null
/// member is an error, as is a number that is not a counter (an unsigned 64-bit integer):
/// nothing is dropped without a word.
/// </summary>
public static class JsonStatsReader
{
    /// <summary>The UTF-8 byte order mark, which some editors put first (bytes, not a C# string).</summary>
    internal static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public sealed record Result(CounterSet Counters, IReadOnlyList<string>? SpecializedInstructions, DefineTable? StatsDefines, DefineTable? Defines)
    {
        public PipelineInfo? Pipeline { get; init; }
    }

    public static Result Read(string path)
    {
        return Parse(IO.InputFiles.ReadAllBytes(path), path);
    }

    /// <param name="requireCounters">False for metadata-only files (the built-in metadata).</param>
    public static Result Parse(ReadOnlySpan<byte> json, string path, bool requireCounters = true)
    {
        if (json.StartsWith(Utf8Bom))
        {
            json = json[3..];
        }

        if (Utf8Check.FirstInvalidLine(json) is var badLine and > 0)
        {
            throw new StatsInputException($"{path}:{badLine}: not UTF-8 text");
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
        try
        {
            return ReadDocument(ref reader, path, requireCounters, json.Length);
        }
        catch (JsonException e)
        {
            long line = (e.LineNumber ?? 0) + 1;
            long column = (e.BytePositionInLine ?? 0) + 1;
            throw new StatsInputException($"{path}:{line}:{column}: malformed JSON: {FirstSentence(e.Message)}");
        }
    }

    /// <summary>The member a benchmark pipeline adds to the merged JSON (ignored).</summary>
    private const string PipelineMetadata = "metadata";

    private static Result ReadDocument(ref Utf8JsonReader reader, string path, bool requireCounters, int length)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new StatsInputException($"{path}: wrong JSON shape: expected an object of counters (as written by --json-output), found {Describe(reader.TokenType)}");
        }

        // About one member per 48 bytes of indented JSON: the list does not regrow (and recopy).
        // It is the thread's own, reused from file to file (a suite reads hundreds): a new one of
        // that size per file would be a large object, dropped at once.
        var counters = t_counters ?? new List<KeyValuePair<string, Int128>>(Math.Min(length / 48, 1 << 20));
        t_counters = null;
        counters.Clear();
        counters.EnsureCapacity(Math.Min(length / 48, 1 << 20));
        var ids = t_ids ?? new List<int>(counters.Capacity);
        t_ids = null;
        ids.Clear();
        ids.EnsureCapacity(counters.Capacity);
        try
        {
            return ReadMembers(ref reader, path, requireCounters, counters, ids);
        }
        finally
        {
            counters.Clear();
            ids.Clear();
            t_counters = counters.Capacity <= 1 << 16 ? counters : null;
            t_ids = ids.Capacity <= 1 << 16 ? ids : null;
        }
    }

    [ThreadStatic]
    private static List<KeyValuePair<string, Int128>>? t_counters;

    /// <summary>The <see cref="CounterKeyIds"/> number of each counter read, beside <see cref="t_counters"/>.</summary>
    [ThreadStatic]
    private static List<int>? t_ids;

    private static Result ReadMembers(ref Utf8JsonReader reader, string path, bool requireCounters, List<KeyValuePair<string, Int128>> counters, List<int> ids)
    {
        bool onlyMetadata = true; // no member but counters, metadata and a pipeline's "metadata" object
        IReadOnlyList<string>? specialized = null;
        DefineTable? statsDefines = null;
        DefineTable? defines = null;
        PipelineInfo? pipeline = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = CounterKeyPool.Get(ref reader, out int id);
            reader.Read();
            switch (name)
            {
                case CounterNames.SpecializedInstructions:
                    specialized = ReadStringArray(ref reader, path, name);
                    break;
                case CounterNames.StatsDefines:
                    statsDefines = ReadDefines(ref reader, path, name);
                    break;
                case CounterNames.Defines:
                    defines = ReadDefines(ref reader, path, name);
                    break;
                case PipelineMember when reader.TokenType == JsonTokenType.StartObject:
                    pipeline = ReadPipeline(ref reader);
                    break;
                default:
                    if (reader.TokenType == JsonTokenType.Number)
                    {
                        counters.Add(new KeyValuePair<string, Int128>(name, ReadCounter(ref reader, path, name)));
                        ids.Add(id);
                    }
                    else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        // Not a counter: a pipeline's own data, kept out of the counters.
                        onlyMetadata &= name == PipelineMetadata;
                        reader.Skip();
                    }
                    else
                    {
                        throw new StatsInputException(
                            $"{path}: key {MessageText.Quote(name)}: the value is {Describe(reader.TokenType)}, not a number (counters are unsigned integers)");
                    }

                    break;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new StatsInputException($"{path}: malformed JSON: expected a member name, found {Describe(reader.TokenType)}");
        }

        if (reader.Read())
        {
            throw new StatsInputException($"{path}: malformed JSON: data after the end of the object");
        }

        // A run that collected no files is a valid input (CPython prints its empty report); an
        // object of other things is not a counter file at all.
        if (counters.Count == 0 && requireCounters && !onlyMetadata)
        {
            throw new StatsInputException($"{path}: wrong JSON shape: the object has no integer counters (expected the output of --json-output)");
        }

        return new Result(new CounterSet(counters, ids), specialized, statsDefines, defines) { Pipeline = pipeline };
    }

    private const string PipelineMember = "metadata";

    /// <summary>The string members of a pipeline's metadata object; anything else in it is skipped.</summary>
    private static PipelineInfo ReadPipeline(ref Utf8JsonReader reader)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string key = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == JsonTokenType.String)
            {
                values[key] = reader.GetString()!;
            }
            else
            {
                reader.Skip();
            }
        }

        string? dateText = values.GetValueOrDefault("commit_date");
        DateTimeOffset? date = DateTimeOffset.TryParse(dateText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;
        return new PipelineInfo(values.GetValueOrDefault("commit_id"), values.GetValueOrDefault("commit_fork"), values.GetValueOrDefault("commit_branch"), date)
        {
            CommitDateText = dateText,
        };
    }

    private static Int128 ReadCounter(ref Utf8JsonReader reader, string path, string name)
    {
        if (reader.TryGetUInt64(out ulong value))
        {
            return value;
        }

        ReadOnlySpan<byte> text = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
        if (text.SequenceEqual("-0"u8))
        {
            return 0;
        }

        throw new StatsInputException($"{path}: key {MessageText.Quote(name)}: value {MessageText.Quote(text)} {WhyNotACounter(text)}");
    }

    /// <summary>Why a JSON number that did not read as an unsigned 64-bit integer is not a counter.</summary>
    private static string WhyNotACounter(ReadOnlySpan<byte> number)
    {
        if (number.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0)
        {
            return "is not a whole number (it has a fraction or an exponent); counters are unsigned integers";
        }

        return number.StartsWith("-"u8)
            ? "is negative; counters are unsigned integers"
            : $"is too large for a counter (above 2^64 − 1 = {ulong.MaxValue})";
    }

    private static List<string> ReadStringArray(ref Utf8JsonReader reader, string path, string name)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new StatsInputException($"{path}: wrong JSON shape: '{name}' must be a list of strings, found {Describe(reader.TokenType)}");
        }

        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new StatsInputException($"{path}: wrong JSON shape: '{name}' must be a list of strings, found {Describe(reader.TokenType)}");
            }

            items.Add(CounterKeyPool.Get(ref reader));
        }

        return items;
    }

    private static DefineTable ReadDefines(ref Utf8JsonReader reader, string path, string name)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new StatsInputException($"{path}: wrong JSON shape: '{name}' must be an object of index → list of names, found {Describe(reader.TokenType)}");
        }

        var entries = new List<KeyValuePair<long, IReadOnlyList<string>>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string key = reader.GetString()!;
            if (!long.TryParse(key, out long index))
            {
                throw new StatsInputException($"{path}: wrong JSON shape: '{name}' key '{key}' is not an integer");
            }

            reader.Read();
            entries.Add(new KeyValuePair<long, IReadOnlyList<string>>(index, ReadStringArray(ref reader, path, $"{name}[{key}]")));
        }

        return new DefineTable(entries);
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "a list",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.None => "nothing",
        _ => token.ToString(),
    };

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
