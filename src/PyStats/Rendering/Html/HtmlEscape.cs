namespace PyStats.Rendering.Html;

/// <summary>
/// Escapes text for HTML content and double-quoted attribute values. Every label and value in
/// the report goes through here: counter names come from files and may hold markup. Only the
/// five special characters change; everything else (ⓘ, accents) is written as it is, since the
/// page is UTF-8.
/// </summary>
internal static class HtmlEscape
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&<>\"'");

    public static void Write(TextWriter output, ReadOnlySpan<char> text)
    {
        var span = text;
        while (span.Length > 0)
        {
            int at = span.IndexOfAny(Special);
            if (at < 0)
            {
                output.Write(span);
                return;
            }

            output.Write(span[..at]);
            output.Write(span[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            span = span[(at + 1)..];
        }
    }
}
