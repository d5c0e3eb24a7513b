namespace PyStats.Tests.Golden;

/// <summary>Text equality that reports the first differing line instead of two 300 KB strings.</summary>
public static class GoldenAssert
{
    public static void Identical(string expected, string actual, string what)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return;
        }

        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        int line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line])
        {
            line++;
        }

        string context(string[] lines) => string.Join("\n", lines.Skip(Math.Max(0, line - 3)).Take(7));
        Assert.Fail($"{what}: first difference at line {line + 1} (expected {e.Length} lines, got {a.Length})\n--- expected ---\n{context(e)}\n--- actual ---\n{context(a)}");
    }
}
