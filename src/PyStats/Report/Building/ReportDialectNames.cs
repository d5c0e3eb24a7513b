using System.Globalization;

namespace PyStats.Report.Building;

/// <summary>Reads a <c>--dialect</c> value: a revision name, a CPython version, or a date.</summary>
public static class ReportDialectNames
{
    /// <summary>What <c>--dialect</c> accepts, for help and error messages.</summary>
    public static string Accepted =>
        "a revision name (" + string.Join(", ", ReportDialects.All.Select(d => d.Name)) + "), a CPython version (3.12 to 3.15) or a date (YYYY-MM-DD: main's script of that day)";

    /// <param name="text">A revision name (<c>inline-values</c>), a version (<c>3.14</c>: that version's own script) or a date (<c>2024-06-15</c>: main's script that day).</param>
    public static bool TryParse(string text, out ReportDialect dialect)
    {
        string value = text.Trim();
        if (ReportDialects.Named(value) is { } named)
        {
            dialect = named;
            return true;
        }

        // Only the versions this build knows: a future version is not guessed on the command line.
        if (value is "3.12" or "3.13" or "3.14" or "3.15" && ReportDialects.ForVersion(value) is { } forVersion)
        {
            dialect = forVersion;
            return true;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            dialect = ReportDialects.InForceOn(date);
            return true;
        }

        dialect = null!;
        return false;
    }
}
