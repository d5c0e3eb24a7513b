using PyStats.Report.Model;

namespace PyStats.Rendering.Html;

/// <summary>
/// CSS classes of a change cell: its sign ("up"/"down", a diverging colour pair that makes no
/// claim about good or bad, since more of a counter can be either) and its size in four steps.
/// The cell's text stays the exact printed value.
/// </summary>
internal static class ChangeStyle
{
    public static string For(ChangeCell cell)
    {
        if (!cell.IsAvailable || cell.Difference == 0)
        {
            return "chg";
        }

        string sign = cell.Difference > 0 ? "up" : "down";
        double size = cell.Value is { } v ? Math.Abs(v) : double.PositiveInfinity;
        string step = size switch
        {
            >= 0.5 => "m3",
            >= 0.1 => "m2",
            >= 0.01 => "m1",
            _ => "m0",
        };
        return $"chg {sign} {step}";
    }
}
