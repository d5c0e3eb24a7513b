namespace PyStats.Report.Model;

public enum MeasureUnit
{
    /// <summary>Percentage points (the difference of two percentages).</summary>
    Points,

    /// <summary>A percentage.</summary>
    Percent,
}
