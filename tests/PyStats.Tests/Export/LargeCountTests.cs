using System.Numerics;
using System.Text.Json;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Export;

/// <summary>Sums of unsigned 64-bit counters above 2^64 reach JSON and CSV digit for digit.</summary>
public sealed class LargeCountTests : IDisposable
{
    private const string NearMax = "18446744073709551615"; // 2^64 − 1, the largest counter CPython writes

    private static readonly string Sum = (3 * BigInteger.Parse(NearMax)).ToString(); // 55340232221128654845 > 2^65

    private readonly TempDirectory _temp = new();

    public LargeCountTests()
    {
        for (int i = 1; i <= 3; i++)
        {
            _temp.Write($"raw/{i}.txt", $"opcode[LOAD_ATTR].execution_count : {NearMax}\nopcode[NOP].execution_count : 1\nObject allocations : {NearMax}\n");
        }
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Json_writes_counts_above_2_to_the_64_exactly()
    {
        var run = CliRun.Invoke(_temp.File("raw"), "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("\"value\":" + Sum + "}", run.Out, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(run.Out);
        var execution = JsonReport.Tables(json.RootElement).First(t => t.GetProperty("id").GetString() == "execution-counts/execution-counts");
        var row = execution.GetProperty("rows")[0];
        Assert.Equal("LOAD_ATTR", row[0].GetProperty("text").GetString());
        Assert.Equal(Sum, row[1].GetProperty("value").GetRawText());
        Assert.Equal("55,340,232,221,128,654,845", row[1].GetProperty("text").GetString());
        Assert.Equal(Sum, row[2].GetProperty("numerator").GetRawText());
        Assert.Equal((BigInteger.Parse(Sum) + 3).ToString(), row[2].GetProperty("denominator").GetRawText());

        // A reader that keeps big integers gets them back exactly.
        Assert.Equal(BigInteger.Parse(Sum), BigInteger.Parse(row[1].GetProperty("value").GetRawText()));
    }

    [Fact]
    public void Csv_writes_counts_above_2_to_the_64_exactly()
    {
        string dir = _temp.File("csv");
        var run = CliRun.Invoke(_temp.File("raw"), "--format", "csv", "-o", dir);
        Assert.True(run.ExitCode == 0, run.Error);
        var records = RfcCsv.ReadFile(Path.Combine(dir, "execution-counts__execution-counts.csv"));
        Assert.Equal(["LOAD_ATTR", Sum], records[1].Take(2));
        var objects = RfcCsv.ReadFile(Path.Combine(dir, "object-stats__objects.csv"));
        Assert.Equal(["Allocations", Sum, "1"], objects[1]);
    }
}
