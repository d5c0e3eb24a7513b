using System.Globalization;
using PyStats.History.Store;
using PyStats.Metadata;
using PyStats.Model;
using PyStats.Parsing;

namespace PyStats.History.Ingest;

/// <summary>
/// Reads one input: its content hash first, and only when that content is not stored yet its
/// counters, metadata and description (names, the JSON <c>metadata</c> member, then the user's
/// overrides, each winning over the one before).
/// </summary>
public sealed class RunPreparer
{
    private readonly IngestOverrides _overrides;

    public RunPreparer(IngestOverrides overrides) => _overrides = overrides;

    /// <summary>The outcome for one candidate: skipped as known (hash given), prepared, or failed (warning).</summary>
    public sealed record Outcome(string? Hash, PreparedRun? Run, string? Warning, IReadOnlyList<string> LoadWarnings);

    public Outcome Prepare(IngestCandidate candidate, Func<string, bool> isKnown)
    {
        try
        {
            return candidate.Kind == InputKind.Json ? PrepareJson(candidate, isKnown) : PrepareRaw(candidate, isKnown);
        }
        catch (StatsInputException e)
        {
            return new Outcome(null, null, $"{e.Message}; skipped", []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Outcome(null, null, $"{candidate.Path}: cannot read it: {e.Message}; skipped", []);
        }
    }

    private Outcome PrepareJson(IngestCandidate candidate, Func<string, bool> isKnown)
    {
        byte[] bytes = File.ReadAllBytes(candidate.Path);
        string hash = ContentHash.Of(bytes);
        if (isKnown(hash))
        {
            return new Outcome(hash, null, null, []);
        }

        var json = JsonStatsReader.Parse(bytes, candidate.Path);
        var pipeline = PipelineMetadata.Find(bytes);
        var description = Describe(candidate, json.Counters, pipeline);
        var run = new PreparedRun(candidate, hash, bytes.Length, Checked(json.Counters, candidate.Path), MetadataDocument.Write(json), description, pipeline?.Json);
        return new Outcome(hash, run, null, []);
    }

    private Outcome PrepareRaw(IngestCandidate candidate, Func<string, bool> isKnown)
    {
        var files = candidate.Kind == InputKind.RawDirectory ? RawDirectoryLoader.ListFiles(candidate.Path) : [candidate.Path];
        var (hash, bytes) = ContentHash.OfDirectory(candidate.Kind == InputKind.RawDirectory ? candidate.Path : Path.GetDirectoryName(candidate.Path)!, files);
        if (isKnown(hash))
        {
            return new Outcome(hash, null, null, []);
        }

        var loaded = StatsLoader.Load(candidate.Path, new LoadOptions());
        var description = Describe(candidate, loaded.Data.Counters, null);
        var run = new PreparedRun(candidate, hash, bytes, Checked(loaded.Data.Counters, candidate.Path), null, description, null);
        return new Outcome(hash, run, null, loaded.Warnings.Select(w => w.ToString()).ToList());
    }

    /// <summary>Counters are stored as unsigned 64-bit values, the type CPython counts in.</summary>
    private static CounterSet Checked(CounterSet counters, string path)
    {
        var values = counters.Values;
        for (int i = 0; i < values.Count; i++)
        {
            if (values[i] < 0 || values[i] > ulong.MaxValue)
            {
                throw new StatsInputException($"{path}: key '{counters.Keys[i]}': value {values[i]} does not fit the store's unsigned 64-bit counters");
            }
        }

        return counters;
    }

    private RunDescription Describe(IngestCandidate candidate, CounterSet counters, PipelineMetadata? pipeline)
    {
        var name = candidate.Name;
        var description = new RunDescription
        {
            Fork = pipeline?.Fork ?? name?.Fork,
            Branch = pipeline?.Branch ?? name?.Ref,
            Commit = pipeline?.Commit ?? name?.Commit,
            CommitDate = pipeline?.CommitDate ?? (name is null ? null : new DateTimeOffset(name.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)),
            CommitDateText = pipeline?.CommitDateText ?? name?.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            Flags = candidate.Flags ?? RunDescription.DefaultFlags,
            PythonVersion = name?.Version ?? CPythonVersionDetector.Detect(counters),
            Machine = name?.Machine,
            Arch = name?.Arch,
            Benchmark = name?.Benchmark ?? RunDescription.AllBenchmarks,
        };

        return description with
        {
            Commit = _overrides.Commit ?? description.Commit,
            Fork = _overrides.Fork ?? description.Fork,
            Flags = _overrides.Flags ?? description.Flags,
            Label = _overrides.Label,
            CommitDate = _overrides.Date ?? description.CommitDate,
            CommitDateText = _overrides.Date is { } d ? d.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture) : description.CommitDateText,
        };
    }
}
