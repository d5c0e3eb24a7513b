namespace PyStats.Rendering.Html;

/// <summary>
/// A thin layer over the output that makes the safe thing the short thing: <see cref="Text"/>
/// and <see cref="Attr"/> escape, only <see cref="Raw"/> does not, and it is used for markup the
/// renderer itself spells out.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly TextWriter _output;

    public HtmlWriter(TextWriter output) => _output = output;

    /// <summary>
    /// Room to format one value at a time (a cell's number, a sort key, a tooltip) before it is
    /// written: one buffer per page instead of a string per cell. Valid until the next use.
    /// </summary>
    public char[] Scratch { get; } = new char[2 * CellText.MaxNumberLength];

    public HtmlWriter Raw(string markup)
    {
        _output.Write(markup);
        return this;
    }

    public HtmlWriter Text(ReadOnlySpan<char> text)
    {
        HtmlEscape.Write(_output, text);
        return this;
    }

    /// <summary>Writes <c> name="value"</c> with the value escaped.</summary>
    public HtmlWriter Attr(string name, ReadOnlySpan<char> value)
    {
        _output.Write(' ');
        _output.Write(name);
        _output.Write("=\"");
        HtmlEscape.Write(_output, value);
        _output.Write('"');
        return this;
    }

    /// <summary>Writes <c>&lt;tag class="…"&gt;text&lt;/tag&gt;</c>, skipping the class when empty.</summary>
    public HtmlWriter Element(string tag, string cssClass, string text)
    {
        _output.Write('<');
        _output.Write(tag);
        if (cssClass.Length > 0)
        {
            Attr("class", cssClass);
        }

        _output.Write('>');
        Text(text);
        _output.Write("</");
        _output.Write(tag);
        _output.Write('>');
        return this;
    }
}
