using System.Buffers;
using PyStats.Metadata;
using PyStats.Model;

namespace PyStats.Parsing;

/// <summary>
/// Loads one input: a directory of raw counter files, a merged JSON file, or a single raw file.
/// Metadata comes from, in order: the JSON itself, <c>--cpython-source</c>, the built-in tables
/// of <c>--cpython-version</c>, the built-in tables of the version detected from the counters.
/// </summary>
public static class StatsLoader
{
    /// <summary>The input name that means standard input.</summary>
    public const string StandardInputName = "-";

    /// <summary>How standard input is named in messages and as a data set's source.</summary>
    public const string StandardInputLabel = "<stdin>";

    /// <summary>
    /// The largest JSON input (256 MiB; merged counter files are a few MB): JSON is parsed whole,
    /// so a bound keeps an endless stream from taking all memory.
    /// </summary>
    public const int MaxJsonLength = 256 << 20;

    /// <summary>How much is read at first to tell JSON from raw counter text.</summary>
    private const int SniffLength = 64 * 1024;

    public static LoadResult Load(string path, LoadOptions options)
    {
        if (path == StandardInputName)
        {
            var stdin = options.StandardInput?.Invoke() ?? throw new StatsInputException("-: standard input is not available");
            return LoadStream(stdin, StandardInputLabel, options);
        }

        if (Directory.Exists(path))
        {
            var loader = new RawDirectoryLoader { Progress = options.Progress };
            var (counters, warnings) = loader.LoadDirectory(path);
            return new LoadResult(WithMetadata(path, InputKind.RawDirectory, counters, null, options), warnings);
        }

        FileStream stream;
        try
        {
            // Opened once and read once, so pipes, FIFOs, /dev/stdin and <(…) work like files.
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new StatsInputException($"{path}: no such file or directory");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new StatsInputException($"{path}: cannot read the file: {e.Message}");
        }

        using (stream)
        {
            return LoadStream(stream, path, options);
        }
    }

    /// <summary>Loads a JSON or raw counter file from a stream read once, deciding from its first bytes.</summary>
    private static LoadResult LoadStream(Stream stream, string name, LoadOptions options)
    {
        // Rented: a suite loads hundreds of JSON files, and fresh buffers of their size would each
        // be zeroed and faulted in; the parsed data keeps nothing of the bytes.
        // A raw counter file is read in chunks: only JSON gets a buffer of the whole file.
        bool? json = name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? true : null;
        byte[] start = ArrayPool<byte>.Shared.Rent(json == true ? InitialLength(stream) : SniffLength);
        int length = 0;
        try
        {
            while (json is null)
            {
                int read = stream.Read(start.AsSpan(length, SniffLength - length));
                length += read;
                json = FirstByteIsBrace(start.AsSpan(0, length));
                if (json is null && (read == 0 || length == SniffLength))
                {
                    json = false;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new StatsInputException($"{name}: cannot read the file: {e.Message}");
        }

        if (json == true)
        {
            JsonStatsReader.Result result;
            byte[] data = start;
            try
            {
                if (InitialLength(stream) is var rest && length + rest > data.Length)
                {
                    // Found to be JSON by its first bytes: the rest of a regular file at once.
                    byte[] whole = ArrayPool<byte>.Shared.Rent(length + rest);
                    data.AsSpan(0, length).CopyTo(whole);
                    ArrayPool<byte>.Shared.Return(data);
                    data = whole;
                }

                length = ReadToEnd(stream, ref data, length, name);
                result = JsonStatsReader.Parse(data.AsSpan(0, length), name);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(data);
            }

            return new LoadResult(WithMetadata(name, InputKind.Json, result.Counters, result, options), NoCountersWarning(name, result.Counters));
        }

        try
        {
            var (counters, warnings) = new RawDirectoryLoader().LoadStream(stream, start.AsSpan(0, length), name);
            return new LoadResult(WithMetadata(name, InputKind.RawFile, counters, null, options), warnings);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(start);
        }
    }

    /// <summary>The size of a regular file (plus one byte, to see its end in one read), else the sniff length.</summary>
    private static int InitialLength(Stream stream)
    {
        try
        {
            if (stream.CanSeek && stream.Length - stream.Position is var left and >= 0 and < MaxJsonLength)
            {
                return Math.Max(SniffLength, (int)left + 1);
            }
        }
        catch (Exception e) when (e is IOException or NotSupportedException)
        {
            // Not a regular file after all: read it as a stream.
        }

        return SniffLength;
    }

    /// <summary>Whether the first byte after blanks and a byte order mark is '{'; null when there is none yet.</summary>
    private static bool? FirstByteIsBrace(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith(JsonStatsReader.Utf8Bom))
        {
            data = data[3..];
        }

        int at = data.IndexOfAnyExcept(" \t\r\n"u8);
        return at < 0 ? null : data[at] == (byte)'{';
    }

    /// <summary>Reads the rest of <paramref name="stream"/> into <paramref name="data"/> (rented, grown by renting); returns the length.</summary>
    private static int ReadToEnd(Stream stream, ref byte[] data, int length, string name)
    {
        try
        {
            while (true)
            {
                int limit = Math.Min(data.Length, MaxJsonLength);
                if (length == limit)
                {
                    if (length >= MaxJsonLength)
                    {
                        throw new StatsInputException($"{name}: JSON input larger than {MaxJsonLength >> 20} MiB; a merged counter file is a few MB");
                    }

                    byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Min(data.Length * 2, MaxJsonLength));
                    data.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(data);
                    data = larger;
                }

                int read = stream.Read(data.AsSpan(length, Math.Min(data.Length, MaxJsonLength) - length));
                if (read == 0)
                {
                    return length;
                }

                length += read;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new StatsInputException($"{name}: cannot read the file: {e.Message}");
        }
    }

    /// <summary>A JSON of a run that collected no files (only <c>__nfiles__</c>, if that) reports empty, with this warning.</summary>
    private static LoadWarning[] NoCountersWarning(string path, CounterSet counters)
    {
        if (counters.Keys.Any(key => key != CounterNames.FileCount))
        {
            return [];
        }

        string files = counters.Find(CounterNames.FileCount) is { } n ? $"{CounterNames.FileCount} is {n}" : $"no {CounterNames.FileCount}";
        return [new LoadWarning(path, 0, $"no counters ({files}): the report is empty")];
    }

    /// <summary>
    /// The data of counters read from <paramref name="path"/> with the metadata they need. Public
    /// because the history store rebuilds stored runs through it, exactly as they were loaded.
    /// </summary>
    public static StatsData WithMetadata(string path, InputKind kind, CounterSet counters, JsonStatsReader.Result? json, LoadOptions options)
    {
        string detected = CPythonVersionDetector.Detect(counters);
        counters = OpcodeKeyNaming.Apply(counters, detected);
        string version = options.CPythonVersion ?? detected;
        StatsMetadata fallback = options.CPythonSource is { } source
            ? CPythonSourceMetadata.Read(source)
            : BuiltInMetadata.For(version);

        if (json is null || (json.SpecializedInstructions is null && json.StatsDefines is null && json.Defines is null))
        {
            return new StatsData(path, kind, counters, fallback, options.CPythonSource is null ? version : null) { Pipeline = json?.Pipeline };
        }

        // Metadata inside the JSON describes exactly the build that wrote it, so each piece it has wins.
        var metadata = new StatsMetadata(
            json.SpecializedInstructions ?? fallback.SpecializedInstructions,
            json.StatsDefines ?? fallback.StatsDefines,
            json.Defines ?? fallback.Defines,
            json.SpecializedInstructions is not null && json.StatsDefines is not null && json.Defines is not null
                ? $"embedded in {Path.GetFileName(path)}"
                : $"embedded in {Path.GetFileName(path)}, completed from {fallback.Origin}");
        return new StatsData(path, kind, counters, metadata, version) { Pipeline = json.Pipeline };
    }
}
