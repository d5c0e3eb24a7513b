using System.Globalization;
using System.Text;

namespace PyStats.Serialization;

/// <summary>
/// The pieces of Python's default <c>json.dump</c> output format: strings escaped with
/// <c>ensure_ascii</c> (everything outside printable ASCII as <c>\uXXXX</c>).
/// </summary>
internal static class PythonJson
{
    public static void WriteString(TextWriter output, string text)
    {
        var sb = new StringBuilder(text.Length + 2);
        sb.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20 || c > 0x7E)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
        output.Write(sb);
    }

    public static void WriteStringList(TextWriter output, IEnumerable<string> items)
    {
        output.Write('[');
        bool first = true;
        foreach (string item in items)
        {
            if (!first)
            {
                output.Write(", ");
            }

            first = false;
            WriteString(output, item);
        }

        output.Write(']');
    }
}
