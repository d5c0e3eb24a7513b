using PyStats.History.Rendering;

namespace PyStats.History.Output;

/// <summary>The <c>--format</c> values of the history commands and their renderers.</summary>
public static class HistoryFormats
{
    private static readonly Dictionary<string, Action<HistoryReport, TextWriter>> Renderers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["markdown"] = HistoryMarkdownRenderer.Render,
        ["csv"] = HistoryCsvRenderer.Render,
        ["json"] = HistoryJsonRenderer.Render,
        ["html"] = HistoryHtmlRenderer.Render,
    };

    public static IEnumerable<string> Names => Renderers.Keys;

    public static bool IsKnown(string format) => Renderers.ContainsKey(format);

    public static void Render(string format, HistoryReport report, TextWriter output) => Renderers[format](report, output);
}
