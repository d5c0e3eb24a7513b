using System.Globalization;

namespace PyStats.Report.Model;

/// <summary>An integer count.</summary>
public sealed record CountCell(Int128 Value) : ReportCell
{
    public override string JoinKey => Value.ToString(CultureInfo.InvariantCulture);
}
