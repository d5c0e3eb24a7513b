using System.Globalization;
using System.Numerics;

namespace PyStats.Report.Model;

/// <summary>A histogram bucket, labelled by its inclusive upper bound ("&lt;= 1,024").</summary>
public sealed record BucketCell(BigInteger UpperBound) : ReportCell
{
    public override string JoinKey => "<= " + UpperBound.ToString(CultureInfo.InvariantCulture);
}
