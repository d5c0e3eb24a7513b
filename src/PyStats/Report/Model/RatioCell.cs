using PyStats.Numbers;

namespace PyStats.Report.Model;

/// <summary>
/// Numerator / denominator. A null denominator means "no ratio here" (shown empty); a zero
/// denominator is kept as such so renderers can flag it.
/// </summary>
public sealed record RatioCell(Int128 Numerator, Int128? Denominator, bool IsPercentage = true) : ReportCell
{
    public override string JoinKey => string.Empty;

    /// <summary>The quotient, or null when there is no denominator or it is zero.</summary>
    public double? Value => Denominator is { } d && d != 0 ? PythonDivision.Divide(Numerator, d) : null;
}
