using System.Text;
using System.Text.RegularExpressions;

namespace PyStats.Cli;

/// <summary>
/// stderr that shows the paths standing for non-UTF-8 arguments (<see cref="NonUtf8Arguments"/>)
/// by their escaped names, so every message (errors, warnings, file and line) names the file as
/// the user typed it, not as <c>/proc/self/fd/N</c>.
/// </summary>
public sealed class PathNameWriter : TextWriter
{
    private readonly TextWriter _inner;
    private readonly Regex _paths;
    private readonly IReadOnlyDictionary<string, string> _names;

    public PathNameWriter(TextWriter inner, IReadOnlyDictionary<string, string> names)
    {
        _inner = inner;
        _names = names;

        // Longest first; "/proc/self/fd/5" must not match the start of "/proc/self/fd/50".
        _paths = new Regex(string.Join("|", names.Keys.OrderByDescending(k => k.Length).Select(k => Regex.Escape(k) + "(?![0-9])")), RegexOptions.CultureInvariant);
        NewLine = inner.NewLine;
    }

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(char value) => _inner.Write(value);

    public override void Write(string? value) => _inner.Write(Show(value));

    public override void WriteLine(string? value) => _inner.WriteLine(Show(value));

    public override void Flush() => _inner.Flush();

    private string? Show(string? text) => text is null || _names.Count == 0 ? text : _paths.Replace(text, m => _names[m.Value]);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
