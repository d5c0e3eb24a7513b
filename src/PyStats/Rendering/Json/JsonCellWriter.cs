using System.Globalization;
using System.Text.Json;
using PyStats.Report.Model;

namespace PyStats.Rendering.Json;

/// <summary>
/// Writes one cell as a typed JSON object: <c>type</c>, the display <c>text</c>, then its raw
/// numbers.
/// Integers are written as their exact decimal text: counts are sums of unsigned 64-bit counters
/// and can exceed what a double (or even a ulong) holds.
/// </summary>
internal static class JsonCellWriter
{
    /// <param name="extended">Display text in the extended report's style ("new"/"gone").</param>
    public static void Write(Utf8JsonWriter json, ReportCell cell, bool extended = false)
    {
        json.WriteStartObject();
        json.WriteString("type", TypeName(cell));
        // For text and doc cells this is the label itself.
        json.WriteString("text", CellText.Format(cell, extended));
        switch (cell)
        {
            case CountCell count:
                WriteInteger(json, "value", count.Value);
                break;
            case RatioCell ratio:
                WriteInteger(json, "numerator", ratio.Numerator);
                WriteInteger(json, "denominator", ratio.Denominator);
                WriteDouble(json, "value", ratio.Value);
                json.WriteBoolean("percentage", ratio.IsPercentage);
                break;
            case ChangeCell change:
                WriteInteger(json, "base", change.Base);
                WriteInteger(json, "head", change.Head);
                WriteDouble(json, "value", change.Value);
                json.WriteString("kind", change.Kind.ToString().ToLowerInvariant());
                WriteImportance(json, change);
                break;
            case MeasureCell measure:
                WriteDouble(json, "value", measure.Value);
                json.WriteString("unit", measure.Unit == MeasureUnit.Points ? "points" : "percent");
                WriteImportance(json, measure);
                break;
            case LinkCell link:
                json.WriteString("table", link.TableId);
                json.WriteString("row", link.RowKey);
                break;
            case DocCell doc:
                json.WriteString("doc", doc.Doc);
                break;
            case BucketCell bucket:
                json.WritePropertyName("upper");
                json.WriteRawValue(bucket.UpperBound.ToString(CultureInfo.InvariantCulture));
                break;
        }

        json.WriteEndObject();
    }

    private static string TypeName(ReportCell cell) => cell switch
    {
        CountCell => "count",
        RatioCell => "ratio",
        ChangeCell => "change",
        TextCell => "text",
        LinkCell => "link",
        DocCell => "doc",
        BucketCell => "bucket",
        EmptyCell => "empty",
        MeasureCell => "measure",
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell.GetType().Name),
    };

    /// <summary>
    /// <c>threshold</c> (the rule's; absent where the default applies) and <c>importance</c>
    /// (|change| / threshold; null when the cell shows no number, including new/gone, whose
    /// <c>kind</c> ranks them above every number).
    /// </summary>
    private static void WriteImportance(Utf8JsonWriter json, ReportCell cell)
    {
        double? threshold = cell switch
        {
            ChangeCell c => c.Threshold,
            MeasureCell m => m.Threshold,
            _ => null,
        };
        if (cell is MeasureCell { Signed: false })
        {
            // A threshold itself, not a change.
            return;
        }

        if (threshold is { } t)
        {
            json.WriteNumber("threshold", t);
        }

        WriteDouble(json, "importance", Importance.Of(cell));
    }

    public static void WriteInteger(Utf8JsonWriter json, string name, Int128? value)
    {
        json.WritePropertyName(name);
        if (value is { } v)
        {
            json.WriteRawValue(v.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    private static void WriteDouble(Utf8JsonWriter json, string name, double? value)
    {
        // Quotients of finite integers are always finite; null stands for "no number here".
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
