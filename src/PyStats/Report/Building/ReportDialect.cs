namespace PyStats.Report.Building;

/// <summary>
/// Which generation of CPython's summarizer the compatible output reproduces. The data decides
/// (see <see cref="DialectDetector"/>); <c>--dialect</c> overrides.
/// </summary>
public enum ReportDialect
{
    /// <summary>The 3.13 script: histograms keep leading zero buckets; GET_ITER has no failure prefix.</summary>
    Python313,

    /// <summary>The 3.14+/3.15 script: histograms drop leading and trailing zero buckets.</summary>
    Python315,
}
