using System.Text.Json;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Headline;

/// <summary>The headline in every format the CLI writes.</summary>
public sealed class HeadlineFormatTests
{
    [Fact]
    public void Markdown_has_the_headline_only_when_extended()
    {
        var plain = CliRun.Invoke(HeadlineCases.Off, HeadlineCases.On);
        var extended = CliRun.Invoke("--extended", HeadlineCases.Off, HeadlineCases.On);
        Assert.DoesNotContain("## Headline", plain.Out);
        Assert.StartsWith("## Headline\n", extended.Out);
        Assert.True(extended.Out.IndexOf("## Headline", StringComparison.Ordinal) < extended.Out.IndexOf("## Significant changes", StringComparison.Ordinal));
        Assert.Contains("<td align=\"left\">Tier 1 instructions</td>", extended.Out);
    }

    [Fact]
    public void Markdown_lists_every_failing_change_first_even_beyond_max_listed()
    {
        using var temp = new TempDirectory();
        string rules = temp.Write("rules.json", HeadlineCases.FailingRules);
        var run = CliRun.Invoke("compare", HeadlineCases.Off, HeadlineCases.On, "--rules", rules);
        Assert.Equal(0, run.ExitCode);
        string significant = run.Out[run.Out.IndexOf("## Significant changes", StringComparison.Ordinal)..run.Out.IndexOf("## Sanity checks", StringComparison.Ordinal)];
        var note = System.Text.RegularExpressions.Regex.Match(significant, @"(\d+) changes, (\d+) failing");
        int failing = int.Parse(note.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        var levels = System.Text.RegularExpressions.Regex.Matches(significant, "<tr>\n<td align=\"left\">(fail|warn)</td>").Select(m => m.Groups[1].Value).ToList();
        Assert.True(failing > 5, $"{failing} failing");
        Assert.Equal(Enumerable.Repeat("fail", failing), levels.Take(failing));
        Assert.DoesNotContain("fail", levels.Skip(failing));
    }

    [Fact]
    public void Json_has_the_headline_first_with_links_and_importance()
    {
        var run = CliRun.Invoke("--extended", HeadlineCases.Off, HeadlineCases.On, "--format", "json");
        using var json = JsonDocument.Parse(run.Out);
        var headline = json.RootElement.GetProperty("sections")[0];
        Assert.Equal("headline", headline.GetProperty("id").GetString());
        var tables = headline.GetProperty("parts").EnumerateArray().Where(p => p.GetProperty("type").GetString() == "table").ToList();
        Assert.Equal(["headline/totals", "headline/changes"], tables.Select(t => t.GetProperty("id").GetString()));

        var tier1Change = tables[0].GetProperty("rows")[0][3];
        Assert.Equal("change", tier1Change.GetProperty("type").GetString());
        Assert.Equal(10, tier1Change.GetProperty("threshold").GetDouble());
        Assert.Equal(Math.Abs(tier1Change.GetProperty("value").GetDouble()) * 100 / 10, tier1Change.GetProperty("importance").GetDouble(), 9);

        foreach (var row in tables[1].GetProperty("rows").EnumerateArray())
        {
            var subject = row[2];
            Assert.Equal("link", subject.GetProperty("type").GetString());
            Assert.False(string.IsNullOrEmpty(subject.GetProperty("table").GetString()));
            Assert.False(string.IsNullOrEmpty(subject.GetProperty("row").GetString()));
            var change = row[5];
            double importance = change.GetProperty("importance").ValueKind == JsonValueKind.Null ? double.PositiveInfinity : change.GetProperty("importance").GetDouble();
            Assert.True(importance >= 1, $"a significant change is at least at its threshold: {change}");
        }
    }

    [Fact]
    public void Csv_writes_the_headline_tables_with_the_link_targets()
    {
        using var temp = new TempDirectory();
        var run = CliRun.Invoke("--extended", HeadlineCases.Off, HeadlineCases.On, "--format", "csv", "-o", temp.File("csv"));
        Assert.Equal(0, run.ExitCode);
        string[] index = File.ReadAllLines(temp.File("csv/index.csv"));
        Assert.StartsWith("headline/totals,", index[1], StringComparison.Ordinal);
        Assert.StartsWith("headline/changes,", index[2], StringComparison.Ordinal);
        string changesFile = index[2].Split(',')[^2];
        string[] changes = File.ReadAllLines(Path.Combine(temp.File("csv"), changesFile));
        Assert.Equal("Level,Metric,Subject,Base,Head,Change,Threshold,Subject table,Subject row", changes[0]);
        Assert.All(changes.Skip(1), line => Assert.Matches(",[a-z0-9_/-]+,[^,]+$", line));
    }
}
