namespace PyStats.Report.Model;

/// <summary>
/// How much a change matters: its size relative to the threshold of the metric it belongs to,
/// percentage points and percents alike (1 = exactly at the threshold). Cells that carry no
/// rule's threshold are measured against a default one. A change from or to nothing ("new",
/// "gone") is infinitely important, so it is shown and sorted first.
/// </summary>
public static class Importance
{
    /// <summary>Threshold of a relative change without a rule, in percent (the total-instructions rule's).</summary>
    public const double DefaultPercentThreshold = 10;

    /// <summary>Threshold of a share change without a rule, in points (the instruction-share rule's).</summary>
    public const double DefaultPointsThreshold = 1;

    /// <summary>Lower bounds of the steps 2, 3 and 4 (step 1 is below the threshold).</summary>
    private static readonly double[] StepBounds = [1, 2, 5];

    /// <summary>The importance of a change or signed measure cell; null when it shows no change.</summary>
    public static double? Of(ReportCell cell) => cell switch
    {
        ChangeCell { Kind: ChangeKind.New or ChangeKind.Gone } => double.PositiveInfinity,
        ChangeCell { Value: { } v } c => Math.Abs(v) * 100 / Threshold(c.Threshold, DefaultPercentThreshold),
        MeasureCell { Signed: true } m => Math.Abs(m.Value) / Threshold(m.Threshold, m.Unit == MeasureUnit.Points ? DefaultPointsThreshold : DefaultPercentThreshold),
        _ => null,
    };

    /// <summary>The step 1–4 of an importance: below the threshold, up to 2×, up to 5×, beyond.</summary>
    public static int Step(double importance)
    {
        int step = 1;
        foreach (double bound in StepBounds)
        {
            if (importance >= bound)
            {
                step++;
            }
        }

        return step;
    }

    private static double Threshold(double? given, double fallback) => given is { } t && t > 0 ? t : fallback;
}
