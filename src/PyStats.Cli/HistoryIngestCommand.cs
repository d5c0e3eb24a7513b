using System.CommandLine;
using System.Globalization;
using PyStats.History.Ingest;
using PyStats.History.Queries;
using PyStats.History.Store;

namespace PyStats.Cli;

/// <summary><c>history ingest PATH…</c>: adds pipeline trees, JSON files and raw directories to the store.</summary>
public sealed class HistoryIngestCommand
{
    private readonly Argument<string[]> _paths = new("paths") { Description = "Pipeline results trees, merged JSON files or raw-counter directories.", Arity = ArgumentArity.OneOrMore };
    private readonly Option<string?> _commit = new("--commit") { Description = "Commit of the runs (for loose files and raw directories).", HelpName = "HASH" };
    private readonly Option<string?> _date = new("--date") { Description = "Commit date of the runs: YYYY-MM-DD or ISO 8601 with offset.", HelpName = "DATE" };
    private readonly Option<string?> _fork = new("--fork") { Description = "Fork of the runs (GitHub owner).", HelpName = "FORK" };
    private readonly Option<string?> _flags = new("--flags") { Description = "Flags of the runs (PYTHON_UOPS, JIT; default: none).", HelpName = "FLAGS" };
    private readonly Option<string?> _label = new("--label") { Description = "A label to keep with the runs.", HelpName = "TEXT" };
    private readonly HistoryOptions _history = new();

    public Command Create(CliEnvironment env) => CliApp.Subcommand(
        "ingest",
        "Add runs to the store: a pipeline results tree (names and the JSON 'metadata' member say fork, commit, date, flags), JSON files or raw directories. Content already stored is skipped; a changed file replaces its run.",
        env,
        result => HistoryOptions.Run(() => Execute(result, env)),
        [_paths, _commit, _date, _fork, _flags, _label, .. _history.Common()]);

    private int Execute(ParseResult result, CliEnvironment env)
    {
        string format = _history.ValidatedFormat(result);
        var overrides = new IngestOverrides
        {
            Commit = result.GetValue(_commit),
            Date = ParseDate(result.GetValue(_date)),
            Fork = result.GetValue(_fork),
            Flags = result.GetValue(_flags),
            Label = result.GetValue(_label),
        };
        string database = _history.DatabasePath(result, env);
        IngestResult ingested;
        using (var store = HistoryStore.OpenForWriting(database))
        {
            using var progress = env.ErrorIsTerminal ? new ProgressDisplay(env.Error, "inputs", minimumFiles: 0) : null;
            ingested = new Ingestor(store) { Progress = progress is null ? null : progress.Report }.Ingest(result.GetValue(_paths)!, overrides);
        }

        foreach (string warning in ingested.Warnings)
        {
            env.Error.WriteLine($"pystats: warning: {warning}");
        }

        _history.Write(result, format, IngestReport.Build(database, ingested), env);
        return ExitCodes.Ok;
    }

    private static DateTimeOffset? ParseDate(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact)
            ? exact
            : throw new UsageException($"--date '{text}': expected YYYY-MM-DD or an ISO 8601 date and time with offset");
    }
}
