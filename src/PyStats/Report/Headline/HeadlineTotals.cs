using PyStats.Model;
using PyStats.Report.Building;
using PyStats.Report.Model;
using PyStats.Report.Sections;
using PyStats.Report.Significance;

namespace PyStats.Report.Headline;

/// <summary>
/// The headline's totals of each run and their changes against the base: Tier 1 instructions,
/// the specialized-hit share (in points), Tier 2 traces and uops executed (when any run has
/// them). Change cells carry the threshold of the rule for the same metric, for their importance.
/// </summary>
internal static class HeadlineTotals
{
    private static readonly (string Row, string Counter, ChangeMetric Metric)[] Tier2 =
    [
        ("Tier 2 traces executed", "Optimization traces executed", ChangeMetric.Tier2TracesExecuted),
        ("Tier 2 uops executed", "Optimization uops executed", ChangeMetric.Tier2UopsExecuted),
    ];

    public static ReportTable Table(BuildContext context)
    {
        var inputs = context.Inputs;
        var columns = new List<ReportColumn> { ReportColumn.Left("Total") };
        columns.AddRange(context.Labels.Select(ReportColumn.Right));
        columns.AddRange(Enumerable.Range(1, inputs.Count - 1).Select(i => ReportColumn.Right(inputs.Count > 2 ? $"Change {context.Labels[i]}" : "Change")));

        var rows = new List<ReportRow>
        {
            CountRow(ChangeSources.TotalInstructionsRow, inputs.Select(v => v.Tier1.TotalExecutionCount()).ToList(), Threshold(context, ChangeMetric.TotalInstructions, "Tier 1")),
            HitShareRow(inputs.Select(EffectivenessSplit.Of).ToList(), Threshold(context, ChangeMetric.Effectiveness, "specialized hits")),
        };
        foreach (var (row, counter, metric) in Tier2)
        {
            if (inputs.Any(v => v.Counters.Contains(counter)))
            {
                rows.Add(CountRow(row, inputs.Select(v => v.Counters.Get(counter)).ToList(), Threshold(context, metric, "Tier 2")));
            }
        }

        return new ReportTable(string.Empty, columns, rows);
    }

    private static ReportRow CountRow(string name, IReadOnlyList<Int128> values, double? threshold)
    {
        var cells = new List<ReportCell> { new TextCell(name) };
        cells.AddRange(values.Select(v => new CountCell(v)));
        cells.AddRange(values.Skip(1).Select(v => new ChangeCell(values[0], v) { Threshold = threshold }));
        return new ReportRow(cells);
    }

    private static ReportRow HitShareRow(IReadOnlyList<EffectivenessSplit> splits, double? threshold)
    {
        var cells = new List<ReportCell> { new TextCell("Specialized hits share") };
        cells.AddRange(splits.Select(s => new RatioCell(s.Hits, s.Total)));
        foreach (var s in splits.Skip(1))
        {
            cells.Add(splits[0].Total > 0 && s.Total > 0
                ? new MeasureCell(100.0 * ((double)s.Hits / (double)s.Total - (double)splits[0].Hits / (double)splits[0].Total), MeasureUnit.Points) { Threshold = threshold }
                : EmptyCell.Instance);
        }

        return new ReportRow(cells);
    }

    /// <summary>The smallest threshold of the rules that apply to this metric and subject, if any.</summary>
    private static double? Threshold(BuildContext context, ChangeMetric metric, string subject)
    {
        var thresholds = context.Options.Rules.Rules.Where(r => r.Metric == metric && r.Matches(subject)).Select(r => r.Threshold).ToList();
        return thresholds.Count > 0 ? thresholds.Min() : null;
    }
}
