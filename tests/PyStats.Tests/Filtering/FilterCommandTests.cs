using System.Text.Json;
using System.Text.RegularExpressions;
using PyStats.Tests.Export;
using PyStats.Tests.Golden;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Filtering;

/// <summary>--section, --top and --min-change on the command line, on real data, in every format.</summary>
public sealed class FilterCommandTests
{
    private static GoldenCase Single => GoldenCases.SingleReports().First(c => c.Name.Contains("stdlib-tests-tier2-on/raw", StringComparison.Ordinal));

    /// <summary>3.15 pidigits without vs with Tier 2: Tier 1 instructions differ, so it has one-sided rows.</summary>
    private static GoldenCase OneSided => GoldenCases.Comparisons().First(c => c.Name.Contains("pidigits", StringComparison.Ordinal));

    [Fact]
    public void Section_keeps_exactly_the_chosen_sections_as_the_full_report_prints_them()
    {
        var run = ExportCases.Run(Single, "--section", "call stats", "--section", "GC-STATS");
        Assert.True(run.ExitCode == 0, run.Error);

        // The golden cut at its top-level headings: the filtered report is those two pieces and the footer.
        string golden = File.ReadAllText(Single.Expected);
        var pieces = Regex.Split(golden, "(?m)^(?=## )");
        string expected = pieces.Single(p => p.StartsWith("## Call stats\n", StringComparison.Ordinal))
            + pieces.Single(p => p.StartsWith("## GC stats\n", StringComparison.Ordinal)).Split("---\n")[0]
            + "---\n" + golden.Split("---\n")[^1];
        GoldenAssert.Identical(expected, run.Out, "--section call stats --section GC-STATS");
    }

    [Fact]
    public void An_unknown_section_is_a_usage_error_listing_the_valid_ones()
    {
        var run = ExportCases.Run(Single, "--section", "execution counts", "--section", "speling");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("--section 'speling'", run.Error, StringComparison.Ordinal);
        Assert.Contains("execution-counts, pair-counts, predecessor-successor-pairs, specialization-stats", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--top", "0")]
    [InlineData("--top", "-3")]
    [InlineData("--top", "many")]
    [InlineData("--min-change", "-1")]
    [InlineData("--min-change", "lots")]
    [InlineData("--min-change", "NaN")]
    public void Bad_filter_values_are_usage_errors(string option, string value)
    {
        var run = ExportCases.Run(Single, option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Top_keeps_the_first_rows_of_every_table(int top)
    {
        using var full = Json(OneSided);
        using var limited = Json(OneSided, "--top", top.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var fullTables = JsonReport.Tables(full.RootElement).ToList();
        var limitedTables = JsonReport.Tables(limited.RootElement).ToList();
        Assert.Equal(fullTables.Select(Id), limitedTables.Select(Id));
        Assert.Contains(fullTables, t => t.GetProperty("rows").GetArrayLength() > top);
        for (int i = 0; i < fullTables.Count; i++)
        {
            var expected = fullTables[i].GetProperty("rows").EnumerateArray().Take(top).Select(r => r.GetRawText());
            Assert.Equal(expected, limitedTables[i].GetProperty("rows").EnumerateArray().Select(r => r.GetRawText()));
        }
    }

    [Fact]
    public void Min_change_drops_small_changes_and_keeps_one_sided_rows()
    {
        using var full = Json(OneSided);
        using var filtered = Json(OneSided, "--min-change", "10%");
        var before = ChangeRows(full.RootElement);
        var after = ChangeRows(filtered.RootElement);

        Assert.Contains(before, r => r.Change is null);
        Assert.Contains(before, r => r.Change is { } c && Math.Abs(c) < 0.10);
        var expected = before.Where(r => r.Change is not { } c || Math.Abs(c) >= 0.10).Select(r => r.Row);
        Assert.Equal(expected, after.Select(r => r.Row));
    }

    [Fact]
    public void Min_change_does_nothing_to_a_single_report()
    {
        var run = ExportCases.Run(Single, "--min-change", "50");
        Assert.True(run.ExitCode == 0, run.Error);
        GoldenAssert.Identical(File.ReadAllText(Single.Expected), run.Out, "--min-change on a single report");
    }

    [Fact]
    public void Filters_apply_to_csv_too()
    {
        using var temp = new TempDirectory();
        var run = ExportCases.Run(OneSided, "-f", "csv", "-o", temp.Path, "--section", "Execution counts", "--top", "4");
        Assert.True(run.ExitCode == 0, run.Error);
        var index = RfcCsv.ReadFile(temp.File("index.csv"));
        var entry = Assert.Single(index.Skip(1));
        Assert.Equal(["execution-counts/execution-counts", "Execution counts", "execution-counts__execution-counts.csv", "4"], entry);
        Assert.Equal(5, RfcCsv.ReadFile(temp.File(entry[2])).Count);
    }

    private static JsonDocument Json(GoldenCase golden, params string[] options)
    {
        var run = ExportCases.Run(golden, ["--format", "json", .. options]);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Out);
    }

    private static string? Id(JsonElement table) => table.GetProperty("id").GetString();

    /// <summary>Every row of every table with a change column: "table id: row JSON", and the change.</summary>
    private static List<(string Row, double? Change)> ChangeRows(JsonElement root) =>
        JsonReport.Tables(root)
            .SelectMany(t => t.GetProperty("rows").EnumerateArray().Select(r => (Id: Id(t), Row: r)))
            .Select(x => (x.Row, Change: x.Row.EnumerateArray().FirstOrDefault(c => c.GetProperty("type").GetString() == "change"), x.Id))
            .Where(x => x.Change.ValueKind == JsonValueKind.Object)
            .Select(x => ($"{x.Id}: {x.Row.GetRawText()}", x.Change.GetProperty("value").ValueKind == JsonValueKind.Number ? x.Change.GetProperty("value").GetDouble() : (double?)null))
            .ToList();
}
