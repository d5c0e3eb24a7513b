namespace PyStats.Rendering.Html.Charts;

/// <summary>What the value axis measures: it decides the tick format.</summary>
public enum ChartUnit
{
    Count,
    Percent,

    /// <summary>Percentage points: the difference of two shares.</summary>
    Points,
}
