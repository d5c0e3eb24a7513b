namespace PyStats.Report.Model;

/// <summary>
/// A derived measurement that is not a ratio of two counters: a difference in percentage points
/// or a rule threshold. <see cref="Signed"/> asks renderers to show the sign of positive values.
/// </summary>
public sealed record MeasureCell(double Value, MeasureUnit Unit, bool Signed = true) : ReportCell
{
    public override string JoinKey => string.Empty;

    /// <summary>The threshold (in <see cref="Unit"/>) of the rule this change was measured against, if any; see <see cref="Importance"/>.</summary>
    public double? Threshold { get; init; }
}
