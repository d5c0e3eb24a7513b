namespace PyStats.Tests.Golden;

/// <summary>
/// One published report: the JSON inputs, the report file, and whether the pipeline put a header
/// in front of the script's output (single reports) that is not part of the expected text.
/// </summary>
public sealed record PublishedCase(string Name, IReadOnlyList<string> Inputs, string Report, bool StripHeader)
{
    private const string FirstSection = "## Execution counts\n";
    private const string DateLine = "Stats gathered on: ";

    /// <summary>What the script printed: the report without the pipeline's header.</summary>
    public string ExpectedText()
    {
        string text = File.ReadAllText(Report);
        if (!StripHeader)
        {
            return text;
        }

        if (text.StartsWith(FirstSection, StringComparison.Ordinal))
        {
            return text;
        }

        int line = text.IndexOf("\n" + FirstSection, StringComparison.Ordinal);
        return line >= 0 ? text[(line + 1)..] : throw new InvalidDataException($"{Report}: no '## Execution counts' line");
    }

    /// <summary>The day the script ran: the report's own last line.</summary>
    public static string DateOf(string expected)
    {
        int at = expected.LastIndexOf(DateLine, StringComparison.Ordinal);
        return at >= 0 ? expected.Substring(at + DateLine.Length, 10) : throw new InvalidDataException("no 'Stats gathered on' line");
    }

    public override string ToString() => Name;
}
