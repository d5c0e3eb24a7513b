using System.CommandLine;
using System.Globalization;
using PyStats.History.Output;
using PyStats.History.Queries;
using PyStats.History.Store;
using PyStats.Parsing;

namespace PyStats.Cli;

/// <summary>Options every <c>history</c> subcommand shares: the store, the output format and file, and run filters.</summary>
public sealed class HistoryOptions
{
    public Option<string?> Database { get; } = new("--db") { Description = $"The history store (default: ${HistoryDefaults.DatabaseVariable}, else {HistoryDefaults.DatabaseFile} in the current directory).", HelpName = "FILE" };

    public Option<string> Format { get; } = new("--format", "-f") { Description = "Output format: markdown (default), csv (one header line, one line per row), json, html.", HelpName = "FORMAT", DefaultValueFactory = _ => "markdown" };

    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Write the output to FILE (atomically) instead of stdout.", HelpName = "FILE" };

    public Option<string?> Fork { get; } = new("--fork") { Description = "Only runs of this fork (GitHub owner, e.g. python).", HelpName = "FORK" };

    public Option<string?> Flags { get; } = new("--flags") { Description = "Only runs with these flags (PYTHON_UOPS, JIT, default).", HelpName = "FLAGS" };

    public Option<string?> Benchmark { get; } = new("--benchmark") { Description = "Only runs of this benchmark ('all' for whole-suite runs).", HelpName = "NAME" };

    public Option<string?> Since { get; } = new("--since") { Description = "Only runs committed on or after this day (UTC).", HelpName = "YYYY-MM-DD" };

    public IEnumerable<Option> Common() => [Database, Format, Output];

    public IEnumerable<Option> Filters() => [Fork, Flags, Benchmark, Since];

    public string DatabasePath(ParseResult result, CliEnvironment env) => HistoryDefaults.Database(result.GetValue(Database), env.GetVariable);

    public string ValidatedFormat(ParseResult result)
    {
        string format = result.GetValue(Format)!;
        if (!HistoryFormats.IsKnown(format))
        {
            throw new UsageException($"--format '{format}': expected one of {string.Join(", ", HistoryFormats.Names)}");
        }

        return format.ToLowerInvariant();
    }

    public RunFilter Filter(ParseResult result)
    {
        DateOnly? since = null;
        if (result.GetValue(Since) is { } text)
        {
            since = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new UsageException($"--since '{text}' is not a date of the form YYYY-MM-DD");
        }

        return new RunFilter { Fork = result.GetValue(Fork), Flags = result.GetValue(Flags), Benchmark = result.GetValue(Benchmark), Since = since };
    }

    /// <summary>The body of a query command: checks the format, opens the store read-only, writes what <paramref name="build"/> makes of it.</summary>
    public int Query(ParseResult result, CliEnvironment env, Func<HistoryStore, HistoryReport> build)
    {
        string format = ValidatedFormat(result);
        using var store = HistoryStore.OpenForReading(DatabasePath(result, env));
        Write(result, format, build(store), env);
        return ExitCodes.Ok;
    }

    /// <summary>Writes a history report in the chosen format.</summary>
    public void Write(ParseResult result, string format, HistoryReport report, CliEnvironment env) =>
        OutputTarget.Write(result.GetValue(Output), env, writer => HistoryFormats.Render(format, report, writer));

    /// <summary>
    /// Runs a history command body: the store's errors become the one-line input errors every
    /// command prints (exit status 1).
    /// </summary>
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (HistoryStoreException e)
        {
            throw new StatsInputException(e.Message, e);
        }
    }
}
