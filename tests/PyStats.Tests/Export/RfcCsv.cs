using System.Text;

namespace PyStats.Tests.Export;

/// <summary>
/// A small, strict RFC 4180 reader written for the tests, independent of the writer: records end
/// with CRLF, fields are quoted or plain, quotes inside quoted fields are doubled.
/// </summary>
public static class RfcCsv
{
    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                Assert.True(field.Length == 0, $"quote inside an unquoted field at {i}");
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, "unterminated quoted field");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                Assert.True(i == text.Length || text[i] == ',' || text[i] == '\r', $"text after a closing quote at {i}");
                continue;
            }

            switch (text[i])
            {
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    i++;
                    break;
                case '\r':
                    Assert.True(i + 1 < text.Length && text[i + 1] == '\n', $"CR without LF at {i}");
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    i += 2;
                    break;
                case '\n':
                    Assert.Fail($"bare LF outside quotes at {i}");
                    break;
                default:
                    field.Append(text[i++]);
                    break;
            }
        }

        Assert.True(field.Length == 0 && record.Count == 0, "the last record does not end with CRLF");
        return records;
    }

    public static List<List<string>> ReadFile(string path) => Parse(File.ReadAllText(path));
}
