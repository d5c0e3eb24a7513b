using PyStats.Report.Model;

namespace PyStats.Rendering.Html.Charts;

/// <summary>
/// One bar chart per histogram table (trace length, run length, memory size…): any table whose
/// rows are all keyed by histogram buckets, so histograms the model adds later are charted too.
/// Absent when the data has no Tier 2 section.
/// </summary>
internal static class HistogramCharts
{
    public static IEnumerable<ChartSpec> Build(ReportDocument document)
    {
        int n = 0;
        foreach (var section in ReportLookup.AllSections(document))
        {
            foreach (var table in section.Parts.OfType<ReportTable>())
            {
                if (table.Rows.Count == 0 || !table.Rows.All(r => r.Cells.Count > 0 && r.Key is BucketCell))
                {
                    continue;
                }

                int[] columns = ReportLookup.InputColumns(document, table, "Count");
                var series = columns
                    .Select((column, i) => (column, i))
                    .Where(c => c.column >= 0)
                    .Select(c => new ChartSeries(
                        ReportLookup.InputName(document, c.i, "Count"),
                        ReportLookup.InputRole(c.i),
                        Shade: 0,
                        Stack: null,
                        table.Rows.Select(row => ChartCells.Count(row, c.column)).ToList(),
                        table.Rows.Select(row => ChartCells.Text(row, c.column)).ToList()))
                    .ToList();
                if (series.Count == 0)
                {
                    continue;
                }

                n++;
                yield return new ChartSpec(
                    "chart-histogram-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    section.Title,
                    "Tier 2 histogram: count per bucket (upper bound of the bucket).",
                    section.Id,
                    Horizontal: false,
                    Stacked: false,
                    ChartUnit.Count,
                    table.Rows.Select(ReportLookup.RowLabel).ToList(),
                    series);
            }
        }
    }
}
