namespace PyStats.Rendering.Csv;

/// <summary>RFC 4180 fields and records: quoted only when needed, quotes doubled, CRLF line ends.</summary>
public static class CsvField
{
    public const string LineEnd = "\r\n";

    public static void WriteRecord(TextWriter output, IEnumerable<string> fields)
    {
        bool first = true;
        foreach (string field in fields)
        {
            if (!first)
            {
                output.Write(',');
            }

            Write(output, field);
            first = false;
        }

        output.Write(LineEnd);
    }

    public static void Write(TextWriter output, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            output.Write(field);
            return;
        }

        output.Write('"');
        output.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        output.Write('"');
    }
}
