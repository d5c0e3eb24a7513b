using PyStats.Rendering.Html;
using PyStats.Rendering.Json;
using PyStats.Rendering.Markdown;
using PyStats.Report.Model;

namespace PyStats.Cli;

/// <summary>
/// The report formats of <c>--format</c>: each takes the computed report and the <c>-o</c>
/// path (null for stdout) and only formats.
/// </summary>
public static class OutputFormats
{
    public const string Markdown = "markdown";

    public const string Json = "json";

    public const string Csv = "csv";

    public const string Html = "html";

    private static readonly Dictionary<string, Action<ReportDocument, string?, CliEnvironment>> Writers = new(StringComparer.OrdinalIgnoreCase)
    {
        [Markdown] = (document, output, env) => OutputTarget.Write(output, env, writer => new MarkdownRenderer().Render(document, writer)),
        [Json] = (document, output, env) => OutputTarget.Write(output, env, writer => new JsonRenderer().Render(document, writer)),
        [Csv] = CsvOutput.Write,
        [Html] = (document, output, env) => OutputTarget.Write(output, env, writer => new HtmlRenderer().Render(document, writer)),
    };

    public static IEnumerable<string> Names => Writers.Keys;

    public static void Validate(string format)
    {
        if (!Writers.ContainsKey(format))
        {
            throw new UsageException($"--format '{format}': expected one of {string.Join(", ", Names)}");
        }
    }

    public static void Write(string format, ReportDocument document, string? output, CliEnvironment env)
    {
        Validate(format);
        Writers[format](document, output, env);
    }
}
