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
    public static LoadResult Load(string path, LoadOptions options)
    {
        if (Directory.Exists(path))
        {
            var loader = new RawDirectoryLoader { Progress = options.Progress };
            var (counters, warnings) = loader.LoadDirectory(path);
            return new LoadResult(WithMetadata(path, InputKind.RawDirectory, counters, null, options), warnings);
        }

        if (!File.Exists(path))
        {
            throw new StatsInputException($"{path}: no such file or directory");
        }

        if (LooksLikeJson(path))
        {
            var json = JsonStatsReader.Read(path);
            return new LoadResult(WithMetadata(path, InputKind.Json, json.Counters, json, options), NoCountersWarning(path, json.Counters));
        }

        var single = new RawDirectoryLoader().LoadFiles([path]);
        return new LoadResult(WithMetadata(path, InputKind.RawFile, single.Counters, null, options), single.Warnings);
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

    /// <summary>A .json name, or a file whose first non-blank byte is '{'.</summary>
    private static bool LooksLikeJson(string path)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            using var stream = File.OpenRead(path);
            int b;
            while ((b = stream.ReadByte()) >= 0)
            {
                if (b is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF)
                {
                    continue;
                }

                return b == '{';
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StatsInputException($"{path}: cannot read the file: {e.Message}");
        }

        return false;
    }

    private static StatsData WithMetadata(string path, InputKind kind, CounterSet counters, JsonStatsReader.Result? json, LoadOptions options)
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
