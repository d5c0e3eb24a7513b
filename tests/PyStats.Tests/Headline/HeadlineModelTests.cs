using PyStats.Rendering;
using PyStats.Report.Model;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Headline;

/// <summary>The headline section of the report model: first, its totals, its changes and their links.</summary>
public sealed class HeadlineModelTests
{
    [Fact]
    public void Headline_is_the_first_section_of_extended_and_html_comparisons_only()
    {
        Assert.Equal("headline", HeadlineCases.Build(extended: true).Sections[0].Id);
        Assert.Equal("headline", HeadlineCases.Build(extended: false, headline: true).Sections[0].Id);
        Assert.DoesNotContain(HeadlineCases.Build(extended: false).Sections, s => s.Id == "headline");
    }

    [Fact]
    public void Totals_are_the_runs_totals_and_their_changes()
    {
        var document = HeadlineCases.Build(extended: true);
        var totals = HeadlineCases.Table(document, "headline/totals");
        var execution = HeadlineCases.Table(document, "execution-counts/execution-counts");
        var rows = totals.Rows.ToDictionary(r => CellText.Format(r.Key));

        // Tier 1 instructions: the sum of the execution counts table's Base / Head columns.
        Int128 Sum(int column) => execution.Rows.Select(r => r.Cells[column]).OfType<CountCell>().Aggregate(Int128.Zero, (s, c) => s + c.Value);
        int baseColumn = execution.Columns.ToList().FindIndex(c => c.Name == "Base Count");
        int headColumn = execution.Columns.ToList().FindIndex(c => c.Name == "Head Count");
        var tier1 = rows["Tier 1 instructions"].Cells;
        Assert.Equal(Sum(baseColumn), ((CountCell)tier1[1]).Value);
        Assert.Equal(Sum(headColumn), ((CountCell)tier1[2]).Value);
        Assert.Equal(new ChangeCell(Sum(baseColumn), Sum(headColumn)).Value, ((ChangeCell)tier1[3]).Value);

        // The specialized-hit share is the effectiveness table's "Specialized hits" ratio; its change in points.
        var effectiveness = HeadlineCases.Table(document, "specialization-effectiveness/effectiveness").Rows.Single(r => CellText.Format(r.Key) == "Specialized hits").Cells;
        var share = rows["Specialized hits share"].Cells;
        Assert.Equal(CellText.Format(effectiveness.OfType<RatioCell>().First()), CellText.Format(share[1]));
        var measure = Assert.IsType<MeasureCell>(share[3]);
        Assert.Equal(MeasureUnit.Points, measure.Unit);
        Assert.Equal(100 * (((RatioCell)share[2]).Value!.Value - ((RatioCell)share[1]).Value!.Value), measure.Value, 9);

        // Tier 2: the optimization table's counts (the base run has no Tier 2: zero, then "new").
        var optimizationTable = HeadlineCases.Table(document, "optimization-tier-2-stats/optimization");
        int headCount = optimizationTable.Columns.ToList().FindIndex(c => c.Name == "Head Count");
        var optimization = optimizationTable.Rows.ToDictionary(r => CellText.Format(r.Key));
        foreach (var (headline, source) in new[] { ("Tier 2 traces executed", "Traces executed"), ("Tier 2 uops executed", "Uops executed") })
        {
            var cells = rows[headline].Cells;
            Assert.Equal(CellText.Format(optimization[source].Cells[headCount]), CellText.Format(cells[2]));
            Assert.Equal(ChangeKind.New, ((ChangeCell)cells[3]).Kind);
        }
    }

    [Fact]
    public void Every_failing_change_is_listed_first_in_the_headline_and_the_significant_changes()
    {
        using var temp = new TempDirectory();
        var rules = HeadlineCases.Rules(temp);
        var document = HeadlineCases.Build(extended: true, rules);
        int failing = document.Findings.Count(f => f.Failing);
        Assert.True(failing > rules.MaxListed, $"the case needs more failing changes than max_listed ({failing})");

        // Ranking by size alone would put failing changes behind warnings, and the limit would cut them.
        Assert.Contains(document.Findings, w => !w.Failing && document.Findings.Any(f => f.Failing && f.Score < w.Score));
        foreach (string id in new[] { "headline/changes", "significant-changes/changes" })
        {
            var rows = HeadlineCases.Table(document, id).Rows;
            var levels = rows.Select(r => r.Level).ToList();
            Assert.Equal(failing, levels.Count(l => l == RowLevel.Fail));
            Assert.All(levels.Take(failing), l => Assert.Equal(RowLevel.Fail, l));
            Assert.All(levels.Skip(failing), l => Assert.Equal(RowLevel.Warn, l));
            Assert.True(rows.Count >= failing && rows.Count <= Math.Max(failing, rules.MaxListed), $"{id}: {rows.Count} rows");
            Assert.All(rows, r => Assert.Equal(r.Level == RowLevel.Fail ? "fail" : "warn", CellText.Format(r.Cells[0])));
        }

        // The failing changes are the largest failing findings, ranked by score.
        var failingSubjects = document.Findings.Where(f => f.Failing).Select(f => f.Observation.Subject).ToList();
        Assert.Equal(failingSubjects, HeadlineCases.Table(document, "headline/changes").Rows.Take(failing).Select(r => CellText.Format(r.Cells[2])));
    }

    [Fact]
    public void Every_headline_link_points_to_a_row_of_the_report()
    {
        var document = HeadlineCases.Build(extended: true);
        var links = HeadlineCases.Table(document, "headline/changes").Rows.Select(r => r.Cells[2]).ToList();
        Assert.All(links, l => Assert.IsType<LinkCell>(l));
        foreach (var link in links.Cast<LinkCell>())
        {
            var table = HeadlineCases.Table(document, link.TableId);
            Assert.Contains(table.Rows, r => CellText.Format(r.Key) == link.RowKey);
        }
    }

    [Theory]
    [InlineData(100, 130, 10.0, 3.0)]
    [InlineData(100, 70, 10.0, 3.0)]
    [InlineData(1000, 1005, null, 0.05)]
    [InlineData(1000, 2000, 25.0, 4.0)]
    public void Importance_is_the_change_relative_to_its_threshold(long b, long h, double? threshold, double expected)
    {
        var cell = new ChangeCell(b, h) { Threshold = threshold };
        Assert.Equal(expected, Importance.Of(cell)!.Value, 9);
    }

    [Fact]
    public void Points_and_new_or_gone_have_their_importance_too()
    {
        Assert.Equal(2.5, Importance.Of(new MeasureCell(-5, MeasureUnit.Points) { Threshold = 2 })!.Value, 9);
        Assert.Equal(0.1, Importance.Of(new MeasureCell(0.1, MeasureUnit.Points))!.Value, 9);
        Assert.Equal(double.PositiveInfinity, Importance.Of(new ChangeCell(0, 5)));
        Assert.Equal(double.PositiveInfinity, Importance.Of(new ChangeCell(5, 0)));
        Assert.Equal(double.PositiveInfinity, Importance.Of(new ChangeCell(null, 5)));
        Assert.Null(Importance.Of(new ChangeCell(null, null)));
        Assert.Null(Importance.Of(new ChangeCell(0, 0)));
        Assert.Null(Importance.Of(new MeasureCell(2, MeasureUnit.Points, Signed: false)));
        Assert.Equal([1, 1, 2, 2, 3, 4, 4], new[] { 0, 0.99, 1, 1.99, 2, 5, double.PositiveInfinity }.Select(PyStats.Report.Model.Importance.Step));
    }
}
