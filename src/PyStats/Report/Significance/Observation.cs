using PyStats.Report.Model;

namespace PyStats.Report.Significance;

/// <summary>
/// One metric of one subject measured on two runs. <see cref="Delta"/> is in points for shares
/// and in percent for relative changes (+∞ when the base is zero, −100 when the head is).
/// <see cref="Weight"/> is the larger of the underlying counts, compared with a rule's minimum.
/// <see cref="VersionDifference"/>: the subject exists on one side only and the sides are
/// different CPython versions, so the change says what the versions are, not how the runs differ.
/// </summary>
public sealed record Observation(ChangeMetric Metric, string Subject, ReportCell Base, ReportCell Head, ReportCell Change, double Delta, Int128 Weight, bool VersionDifference = false);
