using PyStats.Parsing;
using PyStats.Rendering;
using PyStats.Rendering.Html.Charts;
using PyStats.Report.Building;
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
    public void The_top_instructions_description_counts_one_instruction_as_one()
    {
        using var temp = new PyStats.Tests.Infrastructure.TempDirectory();
        string raw = temp.Write(Path.Combine("raw", "1.txt"), "opcode[NOP].execution_count : 5\n");
        var document = ReportBuilder.Build(
            [StatsLoader.Load(Path.GetDirectoryName(raw)!, new LoadOptions()).Data],
            new ReportOptions { Date = new DateOnly(2025, 12, 8) });

        var chart = ChartModel.Build(document).Single(c => c.Id == "chart-top-instructions");

        Assert.Equal(["NOP"], chart.Labels);
        Assert.Equal("The 1 instruction with the highest execution count.", chart.Description);
    }

    [Fact]
    public void In_a_single_report_specialization_bars_are_the_kind_table_ratios_of_each_family()
    {
        var single = GoldenCases.SingleReports().First(c => c.Name.EndsWith("stdlib-tests-tier2-on/raw", StringComparison.Ordinal));
        var document = HtmlReports.Document(single);
        var families = Families(document);

        var chart = ChartModel.Build(document).Single(c => c.Id == "chart-specialization");

        Assert.Equal(families.Select(f => f.Title), chart.Labels);
        Assert.Equal(["hit", "miss", "deferred"], chart.Series.Select(s => s.Name));
        Assert.True(chart.Stacked);
        for (int f = 0; f < families.Count; f++)
        {
            var kinds = KindTable(families[f]);
            foreach (var series in chart.Series)
            {
                var row = kinds.Rows.SingleOrDefault(r => CellText.Format(r.Key) == series.Name);
                double expected = row?.Cells[Column(kinds, "Ratio")] is RatioCell { Value: { } v } ? v * 100 : 0;
                Assert.Equal(expected, series.Values[f], 9);
            }
        }

        Assert.DoesNotContain(ChartModel.Build(document), c => c.Id is "chart-family-hits" or "chart-share-changes");
    }

    [Fact]
    public void In_a_comparison_family_hit_ratios_are_side_by_side_with_their_change()
    {
        var document = HtmlReports.Document(HtmlReports.StdlibComparison());
        var families = Families(document);

        var charts = ChartModel.Build(document);
        var chart = charts.Single(c => c.Id == "chart-family-hits");

        Assert.DoesNotContain(charts, c => c.Id == "chart-specialization");
        Assert.False(chart.Stacked);
        Assert.Equal(100, chart.AxisMax);
        Assert.Equal(families.Select(f => f.Title), chart.Labels);
        Assert.Equal(["Base", "Head"], chart.Series.Select(s => s.Name));
        for (int f = 0; f < families.Count; f++)
        {
            var kinds = KindTable(families[f]);
            var hit = kinds.Rows.Single(r => CellText.Format(r.Key) == "hit");
            var b = (RatioCell)hit.Cells[Column(kinds, "Base Ratio")];
            var h = (RatioCell)hit.Cells[Column(kinds, "Head Ratio")];
            Assert.Equal(b.Value!.Value * 100, chart.Series[0].Values[f], 9);
            Assert.Equal(h.Value!.Value * 100, chart.Series[1].Values[f], 9);
            Assert.Equal($"{CellText.Format(hit.Cells[Column(kinds, "Head Count")])} ({CellText.Format(h)})", chart.Series[1].Texts[f]);
            Assert.Matches(@"^Change: [+-]\d+\.\d pts$", chart.Notes[f]);
            double points = double.Parse(chart.Notes[f]["Change: ".Length..^" pts".Length], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal((h.Value.Value - b.Value.Value) * 100, points, 0.051);
        }
    }

    [Fact]
    public void Share_changes_are_the_largest_and_agree_with_the_significant_changes()
    {
        var golden = HtmlReports.StdlibComparison();
        var document = ReportBuilder.Build(
            golden.Inputs.Select(i => StatsLoader.Load(i, new LoadOptions()).Data).ToList(),
            new ReportOptions { Date = new DateOnly(2025, 12, 8), Extended = true });
        var table = Tables(document).Single(t => t.Id == "execution-counts/execution-counts");
        int baseColumn = Column(table, "Base Count"), headColumn = Column(table, "Head Count");
        double baseTotal = table.Rows.Sum(r => Count(r, baseColumn)), headTotal = table.Rows.Sum(r => Count(r, headColumn));
        var delta = table.Rows.ToDictionary(
            r => CellText.Format(r.Key),
            r => (100.0 * Count(r, headColumn) / headTotal) - (100.0 * Count(r, baseColumn) / baseTotal));

        var chart = ChartModel.Build(document).Single(c => c.Id == "chart-share-changes");

        Assert.True(chart.Diverging);
        Assert.Equal(ChartUnit.Points, chart.Unit);
        var series = Assert.Single(chart.Series);
        Assert.Equal(ShareChangeChart.Limit, chart.Labels.Count);
        // The largest moves by size, shown from the largest increase down to the largest decrease.
        var shown = chart.Labels.Select(l => delta[l]).ToList();
        Assert.Equal(shown, series.Values.ToList(), (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal(shown.OrderByDescending(v => v), shown);
        double smallest = shown.Min(Math.Abs);
        Assert.All(delta.Where(d => !chart.Labels.Contains(d.Key)), d => Assert.True(Math.Abs(d.Value) <= smallest, d.Key));

        // Where the rules flagged an instruction's share, the chart says the same number of points.
        var significant = Tables(document).Single(t => t.Id == "significant-changes/changes");
        var flagged = significant.Rows
            .Where(r => CellText.Format(r.Cells[Column(significant, "Metric")]) == "instruction-share")
            .ToDictionary(r => CellText.Format(r.Cells[Column(significant, "Subject")]), r => CellText.Format(r.Cells[Column(significant, "Change")]));
        var both = chart.Labels.Select((label, i) => (label, i)).Where(x => flagged.ContainsKey(x.label)).ToList();
        Assert.NotEmpty(both);
        Assert.All(both, x => Assert.EndsWith("(" + flagged[x.label] + ")", series.Texts[x.i], StringComparison.Ordinal));
    }

    [Fact]
    public void Three_runs_get_a_series_and_a_colour_each()
    {
        string stdlib = Path.Combine(PyStats.Tests.Infrastructure.RepoPaths.Corpus, "cpython-3.13");
        var inputs = new[] { "stdlib-tests-tier2-off", "stdlib-tests-tier2-on", "many-small-processes" }
            .Select(c => StatsLoader.Load(Path.Combine(stdlib, c, "raw"), new LoadOptions()).Data).ToList();
        var document = ReportBuilder.Build(inputs, new ReportOptions { Date = new DateOnly(2025, 12, 8), Extended = true });

        var charts = ChartModel.Build(document);

        Assert.Equal(["input0", "input1", "input2"], charts.Single(c => c.Id == "chart-family-hits").Series.Select(s => s.Role));
        Assert.Equal(["input1", "input2"], charts.Single(c => c.Id == "chart-share-changes").Series.Select(s => s.Role));
        Assert.Equal(["input0", "input1", "input2"], charts.Single(c => c.Id == "chart-top-instructions").Series.Select(s => s.Role));
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

    private static List<ReportSection> Families(ReportDocument document) =>
        document.Sections.Single(s => s.Id == "specialization-stats").Parts.OfType<ReportSection>()
            .Where(f => f.Parts.OfType<ReportTable>().Any(t => t.Id.EndsWith("/kinds", StringComparison.Ordinal) && t.Rows.Count > 0))
            .ToList();

    private static ReportTable KindTable(ReportSection family) =>
        family.Parts.OfType<ReportTable>().Single(t => t.Id.EndsWith("/kinds", StringComparison.Ordinal));

    private static int Column(ReportTable table, string name) => table.Columns.Select(c => c.Name).ToList().IndexOf(name);

    private static double Count(ReportRow row, int column) => row.Cells[column] is CountCell c ? (double)c.Value : 0;
}
