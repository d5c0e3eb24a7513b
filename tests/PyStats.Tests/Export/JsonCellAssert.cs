using System.Globalization;
using System.Text.Json;
using PyStats.Rendering;
using PyStats.Report.Model;

namespace PyStats.Tests.Export;

/// <summary>Checks that a JSON cell carries exactly the raw values of the model's cell.</summary>
public static class JsonCellAssert
{
    public static void Same(ReportCell cell, JsonElement json, string where)
    {
        Assert.True(CellText.Format(cell) == json.GetProperty("text").GetString(), $"{where}: text");
        string type = json.GetProperty("type").GetString()!;
        switch (cell)
        {
            case CountCell count:
                Assert.Equal("count", type);
                Integer(count.Value, json.GetProperty("value"), where);
                break;
            case RatioCell ratio:
                Assert.Equal("ratio", type);
                Integer(ratio.Numerator, json.GetProperty("numerator"), where);
                Integer(ratio.Denominator, json.GetProperty("denominator"), where);
                Number(ratio.Value, json.GetProperty("value"), where);
                Assert.Equal(ratio.IsPercentage, json.GetProperty("percentage").GetBoolean());
                break;
            case ChangeCell change:
                Assert.Equal("change", type);
                Integer(change.Base, json.GetProperty("base"), where);
                Integer(change.Head, json.GetProperty("head"), where);
                Number(change.Value, json.GetProperty("value"), where);
                break;
            case TextCell:
                Assert.Equal("text", type);
                break;
            case DocCell doc:
                Assert.Equal("doc", type);
                Assert.Equal(doc.Doc, json.GetProperty("doc").GetString());
                break;
            case BucketCell bucket:
                Assert.Equal("bucket", type);
                Assert.Equal(bucket.UpperBound.ToString(CultureInfo.InvariantCulture), json.GetProperty("upper").GetRawText());
                break;
            case EmptyCell:
                Assert.Equal("empty", type);
                break;
            default:
                Assert.Fail($"{where}: unexpected cell {cell}");
                break;
        }
    }

    /// <summary>The JSON number's own digits, so values beyond double and ulong are compared exactly.</summary>
    public static void Integer(Int128? expected, JsonElement json, string where)
    {
        if (expected is { } value)
        {
            Assert.True(json.ValueKind == JsonValueKind.Number, $"{where}: {json} is not a number");
            Assert.True(value.ToString(CultureInfo.InvariantCulture) == json.GetRawText(), $"{where}: {json.GetRawText()} ≠ {value}");
        }
        else
        {
            Assert.True(json.ValueKind == JsonValueKind.Null, $"{where}: expected null, got {json}");
        }
    }

    private static void Number(double? expected, JsonElement json, string where)
    {
        if (expected is { } value)
        {
            Assert.True(json.ValueKind == JsonValueKind.Number && json.GetDouble().Equals(value), $"{where}: {json.GetRawText()} ≠ {value:R}");
        }
        else
        {
            Assert.True(json.ValueKind == JsonValueKind.Null, $"{where}: expected null, got {json}");
        }
    }
}
