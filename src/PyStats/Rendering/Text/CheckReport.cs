using PyStats.Numbers;
using PyStats.Report.Model;
using PyStats.Report.Significance;

namespace PyStats.Rendering.Text;

/// <summary>
/// The plain-text output of <c>pystats check</c>: one line per significant change, aligned,
/// failing ones marked FAIL, so CI logs read well.
/// </summary>
public static class CheckReport
{
    public static void Write(ReportDocument document, ChangeRuleSet rules, TextWriter output)
    {
        var findings = document.Findings;
        int failing = findings.Count(f => f.Failing);
        output.Write($"pystats check: {document.Inputs[0].Source} -> {document.Inputs[^1].Source}\n");
        output.Write($"{Plural.Of(findings.Count, "significant change")}, {failing} failing (rules: {rules.Origin})\n");
        if (findings.Count == 0)
        {
            return;
        }

        // Failing changes first: they are why a CI job stopped.
        var lines = findings.OrderByDescending(f => f.Failing).Select(f => new[]
        {
            f.Failing ? "FAIL" : "warn",
            f.Observation.Metric.Name(),
            f.Observation.Subject,
            $"{Text(f.Observation.Base)} -> {Text(f.Observation.Head)}",
            Text(f.Observation.Change),
            $"(threshold {Text(new MeasureCell(f.Rule.Threshold, f.Observation.Metric.InPoints() ? MeasureUnit.Points : MeasureUnit.Percent, Signed: false))}{Direction(f.Rule.Direction)})",
        }).ToList();
        int[] widths = Enumerable.Range(0, 6).Select(i => lines.Max(l => l[i].Length)).ToArray();
        foreach (var line in lines)
        {
            output.Write(string.Join("  ", line.Select((cell, i) => i == 5 ? cell : cell.PadRight(widths[i]))).TrimEnd());
            output.Write('\n');
        }
    }

    private static string Text(ReportCell cell) => CellText.Format(cell, extended: true);

    private static string Direction(ChangeDirection direction) => direction switch
    {
        ChangeDirection.Increase => ", increase",
        ChangeDirection.Decrease => ", decrease",
        _ => string.Empty,
    };
}
