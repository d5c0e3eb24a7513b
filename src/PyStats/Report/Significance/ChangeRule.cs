namespace PyStats.Report.Significance;

/// <summary>
/// "Report <see cref="Metric"/> of <see cref="Subject"/> when it moves by at least
/// <see cref="Threshold"/> (points or percent) in <see cref="Direction"/>". Subjects with fewer
/// than <see cref="MinCount"/> events on both sides are noise and are ignored. A rule marked
/// <see cref="Fail"/> makes <c>pystats check</c> exit with status 3. Instructions only one side
/// has, when the sides are different CPython versions, are version differences: a rule sees them
/// only with <see cref="IncludeVersionDifferences"/>.
/// </summary>
public sealed record ChangeRule(
    ChangeMetric Metric,
    double Threshold,
    ChangeDirection Direction = ChangeDirection.Both,
    bool Fail = false,
    string? Subject = null,
    long MinCount = 0,
    bool IncludeVersionDifferences = false)
{
    /// <summary>Subject pattern: null or "*" for any; a trailing '*' matches a prefix; otherwise exact.</summary>
    public bool Matches(string subject) => Subject switch
    {
        null or "*" => true,
        _ when Subject.EndsWith('*') => subject.StartsWith(Subject[..^1], StringComparison.Ordinal),
        _ => string.Equals(Subject, subject, StringComparison.Ordinal),
    };

    /// <summary>Does a change of <paramref name="delta"/> (points or percent; ±∞ for new/gone) trip this rule?</summary>
    public bool Trips(double delta) => Direction switch
    {
        ChangeDirection.Increase => delta >= Threshold,
        ChangeDirection.Decrease => -delta >= Threshold,
        _ => Math.Abs(delta) >= Threshold,
    };
}
