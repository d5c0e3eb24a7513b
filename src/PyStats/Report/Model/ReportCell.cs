namespace PyStats.Report.Model;

/// <summary>
/// A typed table cell. Cells carry raw numbers only; how they look is up to each renderer.
/// </summary>
public abstract record ReportCell
{
    /// <summary>The text that identifies a row when tables of several inputs are joined.</summary>
    public abstract string JoinKey { get; }
}
