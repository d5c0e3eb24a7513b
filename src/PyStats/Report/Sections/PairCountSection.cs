using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Report.Sections;

/// <summary>The 100 most frequent instruction pairs of a view, against its total execution count.</summary>
internal static class PairCountSection
{
    private const string Doc =
        "Pairs of specialized operations that deoptimize and are then followed by\n" +
        "the corresponding unspecialized instruction are not counted as pairs.";

    private const int TopCount = 100;

    /// <param name="comparative">CPython leaves pairs out of comparisons; the extended report joins them.</param>
    /// <param name="summary">The section's <c>&lt;summary&gt;</c> line (its wording changed between revisions).</param>
    public static SectionSpec Create(string prefix, string summary, bool comparative) => new(
        "Pair counts",
        summary,
        [new TableSpec("pairs", [Cells.Left("Pair"), Cells.Right("Count"), Cells.Right("Self"), Cells.Right("Cumulative")], view => Rows(view, prefix), JoinMode.Change)],
        Doc,
        comparative);

    private static ReportRow[] Rows(StatsView view, string prefix)
    {
        var opcodes = view.Opcodes(prefix);
        var pairs = opcodes.PairCounts();
        Int128 total = opcodes.TotalExecutionCount();
        Span<int> top = stackalloc int[TopCount];
        int count = TopPairs.Select(pairs, top);
        Int128 cumulative = 0;
        var rows = new ReportRow[count];
        for (int i = 0; i < count; i++)
        {
            var pair = pairs[top[i]];
            cumulative += pair.Count;
            rows[i] = new ReportRow(
                Cells.Text($"{pair.First} {pair.Second}"),
                Cells.Count(pair.Count),
                Cells.Ratio(pair.Count, total),
                Cells.Ratio(cumulative, total));
        }

        return rows;
    }
}
