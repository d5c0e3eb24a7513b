using PyStats.Rendering;
using PyStats.Rendering.Html.Charts;
using PyStats.Report.Model;
using PyStats.Tests.Golden;

namespace PyStats.Tests.Html;

/// <summary>Charts plot the report's own numbers, picked from its tables.</summary>
public sealed class ChartModelTests
{
    [Fact]
    public void Top_instructions_are_the_highest_counts_of_the_execution_table()
    {
        var document = HtmlReports.Document(HtmlReports.StdlibComparison());
        var table = Tables(document).Single(t => t.Id == "execution-counts/execution-counts");
        int baseColumn = Column(table, "Base Count"), headColumn = Column(table, "Head Count");
        var byName = table.Rows.ToDictionary(r => CellText.Format(r.Key));

        var chart = ChartModel.Build(document).Single(c => c.Id == "chart-top-instructions");

        Assert.Equal(20, chart.Labels.Count);
        Assert.Equal(["Base", "Head"], chart.Series.Select(s => s.Name));
        double Largest(ReportRow row) => Math.Max(Count(row, baseColumn), Count(row, headColumn));
        for (int i = 0; i < chart.Labels.Count; i++)
        {
            var row = byName[chart.Labels[i]];
            Assert.Equal(Count(row, baseColumn), chart.Series[0].Values[i]);
            Assert.Equal(Count(row, headColumn), chart.Series[1].Values[i]);
            Assert.Equal(CellText.Format(row.Cells[headColumn]), chart.Series[1].Texts[i]);
        }

        var shown = chart.Labels.Select(l => Largest(byName[l])).ToList();
        Assert.Equal(shown.OrderByDescending(v => v), shown);
        Assert.All(table.Rows.Where(r => !chart.Labels.Contains(CellText.Format(r.Key))), r => Assert.True(Largest(r) <= shown[^1]));
    }

    [Fact]
    public void In_a_single_report_the_top_instructions_are_the_first_rows_of_its_count_sorted_table()
    {
        var single = GoldenCases.SingleReports().First(c => c.Name.EndsWith("stdlib-tests-tier2-on/raw", StringComparison.Ordinal));
        var document = HtmlReports.Document(single);
        var table = Tables(document).Single(t => t.Id == "execution-counts/execution-counts");

        var chart = ChartModel.Build(document).Single(c => c.Id == "chart-top-instructions");

        Assert.Equal(table.Rows.Take(20).Select(r => CellText.Format(r.Key)), chart.Labels);
        var series = Assert.Single(chart.Series);
        Assert.Equal("Count", series.Name);
        Assert.Equal(table.Rows.Take(20).Select(r => CellText.Format(r.Cells[1])), series.Texts);
        Assert.Equal(["All"], ChartModel.Build(document).Single(c => c.Id == "chart-effectiveness").Labels);
    }

    [Fact]
    public void Specialization_bars_are_the_kind_table_ratios_of_each_family()
    {
        var document = HtmlReports.Document(HtmlReports.StdlibComparison());
        var families = document.Sections.Single(s => s.Id == "specialization-stats").Parts.OfType<ReportSection>()
            .Where(f => f.Parts.OfType<ReportTable>().Any(t => t.Id.EndsWith("/kinds", StringComparison.Ordinal)))
            .ToList();

        var chart = ChartModel.Build(document).Single(c => c.Id == "chart-specialization");

        Assert.Equal(families.Select(f => f.Title), chart.Labels);
        Assert.Equal(["Base hit", "Base miss", "Base deferred", "Head hit", "Head miss", "Head deferred"], chart.Series.Select(s => s.Name));
        for (int f = 0; f < families.Count; f++)
        {
            var kinds = families[f].Parts.OfType<ReportTable>().Single(t => t.Id.EndsWith("/kinds", StringComparison.Ordinal));
            foreach (var series in chart.Series)
            {
                string side = series.Name.Split(' ')[0], kind = series.Name.Split(' ')[1];
                var row = kinds.Rows.SingleOrDefault(r => CellText.Format(r.Key) == kind);
                double expected = row?.Cells[Column(kinds, side + " Ratio")] is RatioCell { Value: { } v } ? v * 100 : 0;
                Assert.Equal(expected, series.Values[f], 9);
            }
        }
    }

    [Fact]
    public void Effectiveness_has_one_bar_per_input_and_all_four_kinds()
    {
        var chart = ChartModel.Build(HtmlReports.Document(HtmlReports.StdlibComparison())).Single(c => c.Id == "chart-effectiveness");

        Assert.Equal(["Base", "Head"], chart.Labels);
        Assert.Equal(["Basic", "Not specialized", "Specialized hits", "Specialized misses"], chart.Series.Select(s => s.Name));
        Assert.All(chart.Labels.Select((_, i) => chart.Series.Sum(s => s.Values[i])), total => Assert.Equal(100, total, 6));
    }

    [Fact]
    public void Histograms_are_charted_when_the_data_has_them()
    {
        var tier2 = HtmlReports.Document(HtmlReports.StdlibComparison());
        var histogramTables = Tables(tier2).Where(t => t.Rows.Count > 0 && t.Rows.All(r => r.Key is BucketCell)).ToList();

        var charts = ChartModel.Build(tier2).Where(c => c.Id.StartsWith("chart-histogram-", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(histogramTables);
        Assert.Equal(histogramTables.Count, charts.Count);
        Assert.Contains(charts, c => c.Title == "Trace run length histogram");
        for (int i = 0; i < charts.Count; i++)
        {
            Assert.Equal(histogramTables[i].Rows.Select(r => CellText.Format(r.Key)), charts[i].Labels);
            Assert.Equal(histogramTables[i].Rows.Select(r => Count(r, Column(histogramTables[i], "Head Count"))), charts[i].Series[1].Values);
        }

        var noTier2 = GoldenCases.SingleReports().First(c => c.Name.Contains("pidigits-base", StringComparison.Ordinal));
        Assert.DoesNotContain(ChartModel.Build(HtmlReports.Document(noTier2)), c => c.Id.StartsWith("chart-histogram-", StringComparison.Ordinal));
    }

    private static IEnumerable<ReportTable> Tables(ReportDocument document)
    {
        static IEnumerable<ReportTable> Walk(ReportSection s) =>
            s.Parts.OfType<ReportTable>().Concat(s.Parts.OfType<ReportSection>().SelectMany(Walk));
        return document.Sections.SelectMany(Walk);
    }

    private static int Column(ReportTable table, string name) => table.Columns.Select(c => c.Name).ToList().IndexOf(name);

    private static double Count(ReportRow row, int column) => row.Cells[column] is CountCell c ? (double)c.Value : 0;
}
