using System.Globalization;
using PyStats.Model;
using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Report.Sections;

/// <summary>
/// The section of a pull-request branch's script (faster-cpython, April 2024) that counted
/// BINARY_OP specialization failures as <c>Binary specialization failure[N]</c>: N packs the
/// operator (bits 10 and up) and three small type codes (bits 8–9, 4–7, 0–3), printed as four
/// numbers; the 100 largest, each against the sum of all.
/// </summary>
internal static class BinaryOpFailuresSection
{
    private const string Prefix = "Binary specialization failure[";

    public static SectionSpec Create() => new(
        "Binary op specialization failures",
        "Binary op specialization failures",
        [new TableSpec("failures", [Cells.Left("Kind"), Cells.Right("Count"), Cells.Left(string.Empty)], Rows, JoinMode.Change)],
        "Failure counts for binary specialization.");

    private static IReadOnlyList<ReportRow> Rows(StatsView view)
    {
        var failures = new List<(long Kind, Int128 Count)>();
        Int128 total = 0;
        foreach (var (key, value) in view.Counters.Items)
        {
            if (key.StartsWith(Prefix, StringComparison.Ordinal) && key.EndsWith(']')
                && long.TryParse(key.AsSpan(Prefix.Length, key.Length - Prefix.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out long kind))
            {
                failures.Add((kind, value));
                total += value;
            }
        }

        // Ties go to the larger kind: the published reports order (count, kind) pairs descending.
        return failures.OrderByDescending(f => f.Count).ThenByDescending(f => f.Kind).Take(100)
            .Select(f => new ReportRow(Cells.Text(Label(f.Kind)), Cells.Count(f.Count), Cells.Ratio(f.Count, total)))
            .ToList();
    }

    private static string Label(long kind) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind >> 10} {(kind >> 8) & 3} {(kind >> 4) & 15} {kind & 15}");
}
