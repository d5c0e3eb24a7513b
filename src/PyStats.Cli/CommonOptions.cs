using System.CommandLine;
using PyStats.Parsing;
using PyStats.Report.Building;

namespace PyStats.Cli;

/// <summary>Options shared by the commands that load data and print reports.</summary>
public sealed class CommonOptions
{
    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Write the output to FILE (atomically) instead of stdout.", HelpName = "FILE" };

    public Option<string> Format { get; } = new("--format", "-f") { Description = "Output format: markdown (CPython's report, the default) or html (one self-contained interactive page with charts; best with -o).", HelpName = "FORMAT", DefaultValueFactory = _ => OutputFormats.Markdown };

    public Option<string?> Date { get; } = new("--date") { Description = "Date for 'Stats gathered on' (default: SOURCE_DATE_EPOCH, else today, UTC).", HelpName = "YYYY-MM-DD" };

    public Option<string?> CPythonSource { get; } = new("--cpython-source") { Description = "Read metadata from this CPython checkout instead of the built-in tables.", HelpName = "DIR" };

    public Option<string?> CPythonVersion { get; } = new("--cpython-version") { Description = "Use the built-in metadata of this CPython version (3.13, 3.15) instead of detecting it.", HelpName = "X.Y" };

    public Option<string?> Dialect { get; } = new("--dialect") { Description = "Reproduce this version of CPython's report format (3.13, 3.15) instead of detecting it.", HelpName = "X.Y" };

    public void AddTo(Command command)
    {
        command.Options.Add(Output);
        command.Options.Add(Format);
        command.Options.Add(Date);
        command.Options.Add(CPythonSource);
        command.Options.Add(CPythonVersion);
        command.Options.Add(Dialect);
    }

    public LoadOptions LoadOptions(ParseResult result)
    {
        string? version = result.GetValue(CPythonVersion);
        if (version is not null && !PyStats.Metadata.BuiltInMetadata.IsKnown(version))
        {
            throw new UsageException($"--cpython-version '{version}': no built-in metadata for it; known: {string.Join(", ", PyStats.Metadata.BuiltInMetadata.Versions)}");
        }

        return new LoadOptions { CPythonSource = result.GetValue(CPythonSource), CPythonVersion = version };
    }

    public ReportOptions ReportOptions(ParseResult result, CliEnvironment env)
    {
        ReportDialect? dialect = null;
        if (result.GetValue(Dialect) is { } text)
        {
            if (!ReportDialectNames.TryParse(text, out var parsed))
            {
                throw new UsageException($"--dialect '{text}': expected 3.13 or 3.15");
            }

            dialect = parsed;
        }

        return new ReportOptions { Date = ReportDate.Resolve(result.GetValue(Date), env.GetVariable), Dialect = dialect };
    }
}
