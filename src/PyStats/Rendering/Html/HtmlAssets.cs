using System.Security.Cryptography;
using System.Text;

namespace PyStats.Rendering.Html;

/// <summary>
/// The stylesheet and scripts inlined into every page: the report's own CSS/JS (files beside
/// this class) and Chart.js, which the build takes from npm (see PyStats.csproj). They are
/// embedded resources, so the page needs nothing from the network or the disk.
/// </summary>
internal static class HtmlAssets
{
    private static readonly Lazy<string> StyleText = new(() => Load("report.css") + Load("tables.css") + Load("changes.css") + Load("media.css"));
    private static readonly Lazy<string> ChartLibraryText = new(() => WithoutSourceMap(Load("chart.umd.min.js")));

    // The charts first: report.js marks the page ready (data-ready) when it ends.
    private static readonly Lazy<string> ScriptText = new(() => Load("charts.js") + Load("report.js"));

    /// <summary>Each script's hash once per process (by reference: the assets are loaded once), not once per page.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, string> s_hashes = new();

    public static string Style => StyleText.Value;

    /// <summary>Chart.js (its MIT licence banner kept).</summary>
    public static string ChartLibrary => ChartLibraryText.Value;

    /// <summary>The charts, then sorting, filtering, tooltips and the table of contents.</summary>
    public static string Script => ScriptText.Value;

    /// <summary>The CSP source of an inline script: only these exact scripts may run.</summary>
    public static string Sha256Source(string script) =>
        s_hashes.GetValue(script, static s => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(s))) + "'");

    private static string Load(string name)
    {
        using var stream = typeof(HtmlAssets).Assembly.GetManifestResourceStream("PyStats.Html." + name)
            ?? throw new InvalidOperationException($"embedded resource PyStats.Html.{name} is missing from the build");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Drops the trailing <c>//# sourceMappingURL=</c> comment: the map is not shipped, and a
    /// browser's developer tools would otherwise try to fetch it next to the report.
    /// </summary>
    private static string WithoutSourceMap(string script)
    {
        int at = script.LastIndexOf("//# sourceMappingURL=", StringComparison.Ordinal);
        return at < 0 ? script : script[..at].TrimEnd() + "\n";
    }
}
