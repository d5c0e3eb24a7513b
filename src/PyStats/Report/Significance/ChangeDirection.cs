namespace PyStats.Report.Significance;

/// <summary>Which way a value must move for a rule to trip.</summary>
public enum ChangeDirection
{
    Both,
    Increase,
    Decrease,
}
