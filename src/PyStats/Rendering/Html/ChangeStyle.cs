using PyStats.Report.Model;

namespace PyStats.Rendering.Html;

/// <summary>
/// CSS classes of a change cell: its sign ("up"/"down", a diverging colour pair that makes no
/// claim about good or bad, since more of a counter can be either) and its importance in four
/// steps ("imp1"–"imp4": the size relative to the threshold of its metric, see
/// <see cref="Importance"/>), or "new"/"gone" for a change from or to nothing. The cell's text
/// stays the exact printed value.
/// </summary>
internal static class ChangeStyle
{
    /// <summary>The classes, or null for a cell that is not a change.</summary>
    public static string? For(ReportCell cell)
    {
        switch (cell)
        {
            case ChangeCell { Kind: ChangeKind.New }:
                return "chg new";
            case ChangeCell { Kind: ChangeKind.Gone }:
                return "chg gone";
            case ChangeCell c when !c.IsAvailable || c.Difference == 0:
                return "chg";
            case ChangeCell c:
                return Classes(c.Difference > 0, Importance.Of(c));
            case MeasureCell { Signed: true } m when m.Value != 0:
                return Classes(m.Value > 0, Importance.Of(m));
            case MeasureCell { Signed: true }:
                return "chg";
            default:
                return null;
        }
    }

    /// <summary>Every up/down and step pair spelled once (index: up × 4 + step − 1): no string per cell.</summary>
    private static readonly string[] Spelled =
    [
        "chg down imp1", "chg down imp2", "chg down imp3", "chg down imp4",
        "chg up imp1", "chg up imp2", "chg up imp3", "chg up imp4",
    ];

    private static string Classes(bool up, double? importance) =>
        Spelled[((up ? 1 : 0) * 4) + Importance.Step(importance ?? 0) - 1];
}
