using System.Globalization;

namespace PyStats.History.Ingest;

/// <summary>
/// What a benchmark pipeline's names say about a run (bench_runner's layout):
/// files <c>bm-DATE-MACHINE-ARCH-FORK-REF-VERSION-HASH7-pystats[-BENCHMARK].json</c> in run folders
/// <c>bm-DATE-VERSION-HASH7[-FLAGS]</c>. In file names <c>-</c> inside the fork is written
/// <c>%2d</c> and inside the ref <c>_</c>, so splitting on <c>-</c> gives the fields.
/// </summary>
public sealed record PipelineName(
    DateOnly Date, string Machine, string Arch, string Fork, string Ref, string Version, string Commit, string? Benchmark)
{
    private const string Marker = "pystats";

    /// <summary>The fields of a pipeline JSON file name, or null when the name is not one.</summary>
    public static PipelineName? FromFileName(string fileName)
    {
        if (!fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string[] parts = fileName[..^".json".Length].Split('-');
        if (parts.Length < 9 || parts[0] != "bm" || parts[8] != Marker || ParseDate(parts[1]) is not { } date)
        {
            return null;
        }

        string? benchmark = parts.Length > 9 ? string.Join('-', parts[9..]) : null;
        return new PipelineName(date, parts[2], parts[3], Unescape(parts[4]), parts[5], parts[6], parts[7], benchmark);
    }

    /// <summary>The flags of a run folder name (<c>bm-DATE-VERSION-HASH7-FLAGS</c>): null when it has none or is not one.</summary>
    public static string? FlagsFromFolder(string folderName)
    {
        string[] parts = folderName.Split('-');
        return parts.Length > 4 && parts[0] == "bm" && ParseDate(parts[1]) is not null ? string.Join('-', parts[4..]) : null;
    }

    /// <summary>True for a run folder name (with or without flags).</summary>
    public static bool IsRunFolder(string folderName)
    {
        string[] parts = folderName.Split('-');
        return parts.Length >= 4 && parts[0] == "bm" && ParseDate(parts[1]) is not null;
    }

    private static DateOnly? ParseDate(string text) =>
        text.Length == 8 && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Unescape(string field) => field.Replace("%2d", "-", StringComparison.OrdinalIgnoreCase);
}
