using System.Globalization;

namespace PyStats.Tests.Html;

/// <summary>
/// The value a change cell should sort by, computed in the test from the two counts the cell
/// shows on hover ("1,067,842 → 212"), independently of the page's script.
/// </summary>
public static class ChangeKeys
{
    /// <summary>(head − base) / base, or null for a cell without counts or with a zero base (it sorts last).</summary>
    public static double? FromCounts(string title)
    {
        if (title.Length == 0)
        {
            return null;
        }

        string[] sides = title.Split('→', StringSplitOptions.TrimEntries);
        Assert.True(sides.Length == 2, $"not a change title: '{title}'");
        decimal b = decimal.Parse(sides[0], NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        decimal h = decimal.Parse(sides[1], NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return b == 0 ? null : (double)((h - b) / b);
    }
}
