using System.CommandLine;
using System.Globalization;
using PyStats.Metadata;
using PyStats.Parsing;
using PyStats.Report.Building;
using PyStats.Report.Filtering;
using PyStats.Report.Model;

namespace PyStats.Cli;

/// <summary>Options shared by the commands that load data and print reports.</summary>
public sealed class CommonOptions
{
    private readonly bool _withFormat;

    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Write the output to FILE (atomically) instead of stdout ('-' is stdout); for --format csv, the directory to write the files into.", HelpName = "FILE" };

    public Option<string> Format { get; } = new("--format", "-f") { Description = "Output format: markdown (CPython's report, the default), html (one self-contained interactive page with charts; best with -o), json (the report model with raw numbers), csv (one file per table into the directory given by -o).", HelpName = "FORMAT", DefaultValueFactory = _ => OutputFormats.Markdown };

    public Option<string?> Date { get; } = new("--date") { Description = "Date for 'Stats gathered on' (default: SOURCE_DATE_EPOCH, else today, UTC).", HelpName = "YYYY-MM-DD" };

    public Option<string?> CPythonSource { get; } = new("--cpython-source") { Description = "Read metadata from this CPython checkout instead of the built-in tables.", HelpName = "DIR" };

    public Option<string?> CPythonVersion { get; } = new("--cpython-version") { Description = "Use the built-in metadata of this CPython version (3.12, 3.13, 3.14, 3.15) instead of detecting it.", HelpName = "X.Y" };

    public Option<string?> Dialect { get; } = new("--dialect") { Description = "Reproduce this revision of CPython's report script instead of choosing it from the data: a name from --list-dialects, a CPython version (3.13) or a date (2024-06-15: main's script of that day).", HelpName = "NAME|X.Y|DATE" };

    /// <summary>The options, for <see cref="CliApp.Subcommand"/>.</summary>
    public IEnumerable<Option> All()
    {
        yield return Output;
        if (_withFormat)
        {
            yield return Format;
        }

        yield return Date;
        yield return CPythonSource;
        yield return CPythonVersion;
        yield return Dialect;
        yield return Section;
        yield return Top;
        yield return MinChange;
    }

    /// <summary>The <c>-o</c> output, a directory for <c>--format csv</c>.</summary>
    public OutputPath OutputPath(ParseResult result, string format) =>
        new("-o", result.GetValue(Output), IsDirectory: string.Equals(format, OutputFormats.Csv, StringComparison.OrdinalIgnoreCase));

    /// <summary>The requested format, checked before any input is loaded.</summary>
    public string ValidatedFormat(ParseResult result)
    {
        string format = result.GetValue(Format)!;
        OutputFormats.Validate(format);
        return format;
    }

    public Option<string[]> Section { get; } = new("--section") { Description = "Keep only this top-level section, by title or id (case-insensitive); repeatable.", HelpName = "NAME" };

    public Option<string?> Top { get; } = new("--top") { Description = "Keep only the first N rows of every table.", HelpName = "N" };

    public Option<string?> MinChange { get; } = new("--min-change") { Description = "In comparisons, drop rows whose change is a number below PCT percent (absolute value).", HelpName = "PCT" };

    public CommonOptions(bool withFormat = true)
    {
        _withFormat = withFormat;

        // Checked while parsing, so a bad value is a usage error before any data is loaded.
        Top.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && !TryParseTop(token.Value, out _))
            {
                result.AddError($"--top '{token.Value}': expected a whole number of rows from 1 to {int.MaxValue}");
            }
        });
        MinChange.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && !TryParsePercent(token.Value, out _))
            {
                result.AddError($"--min-change '{token.Value}': expected a finite percentage of at least 0, like 5 or 2.5");
            }
        });
        Dialect.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && !TryParseDialect(token.Value, out _))
            {
                result.AddError(DialectError(token.Value));
            }
        });
        CPythonVersion.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && !BuiltInMetadata.IsKnown(token.Value))
            {
                result.AddError(VersionError(token.Value));
            }
        });
    }

    public void AddTo(Command command)
    {
        foreach (var option in All())
        {
            command.Options.Add(option);
        }
    }

    public LoadOptions LoadOptions(ParseResult result)
    {
        return new LoadOptions { CPythonSource = result.GetValue(CPythonSource), CPythonVersion = KnownVersion(result.GetValue(CPythonVersion)) };
    }

    /// <summary>A --cpython-version value, checked against the built-in metadata.</summary>
    public static string? KnownVersion(string? version)
    {
        if (version is not null && !BuiltInMetadata.IsKnown(version))
        {
            throw new UsageException(VersionError(version));
        }

        return version;
    }

    /// <summary>
    /// The one place a --dialect value is read (every command, parse-time validation included):
    /// what <see cref="ReportDialectNames.TryParse"/> accepts, nothing else.
    /// </summary>
    public static bool TryParseDialect(string text, out ReportDialect dialect) => ReportDialectNames.TryParse(text, out dialect);

    public ReportOptions ReportOptions(ParseResult result, CliEnvironment env)
    {
        ReportDialect? dialect = null;
        if (result.GetValue(Dialect) is { } text)
        {
            dialect = TryParseDialect(text, out var parsed) ? parsed : throw new UsageException(DialectError(text));
        }

        // The HTML page of a comparison always leads with the headline; Markdown only when extended.
        bool html = _withFormat && string.Equals(result.GetValue(Format), OutputFormats.Html, StringComparison.OrdinalIgnoreCase);
        return new ReportOptions { Date = ReportDate.Resolve(result.GetValue(Date), env.GetVariable), Dialect = dialect, Headline = html };
    }

    private static string DialectError(string text) =>
        $"--dialect '{text}': not a supported report format; expected {ReportDialectNames.Accepted}";

    private static string VersionError(string text) =>
        $"--cpython-version '{text}': no built-in metadata for it; supported: {string.Join(", ", BuiltInMetadata.Versions)} (or use --cpython-source DIR)";

    public ReportFilterOptions FilterOptions(ParseResult result)
    {
        // The validators have rejected values that do not parse.
        int? top = result.GetValue(Top) is { } rows && TryParseTop(rows, out int n) ? n : null;
        double? minChange = result.GetValue(MinChange) is { } text && TryParsePercent(text, out double pct) ? pct : null;
        return new ReportFilterOptions { Sections = result.GetValue(Section) ?? [], Top = top, MinChangePercent = minChange };
    }

    /// <summary>Applies <c>--section</c>, <c>--top</c> and <c>--min-change</c> to a built report.</summary>
    public ReportDocument Filter(ParseResult result, ReportDocument document)
    {
        try
        {
            return ReportFilter.Apply(document, FilterOptions(result));
        }
        catch (UnknownSectionException e)
        {
            throw new UsageException($"--section '{e.Name}': no such section; expected one of: {string.Join(", ", e.ValidIds)}");
        }
    }

    private static bool TryParseTop(string text, out int rows) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out rows) && rows >= 1;

    /// <summary>"5" and "5%" both mean five percent.</summary>
    private static bool TryParsePercent(string text, out double percent) =>
        double.TryParse(text.Trim().TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out percent)
        && double.IsFinite(percent) && percent >= 0;
}
