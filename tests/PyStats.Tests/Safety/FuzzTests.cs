using System.Text;
using CsCheck;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Safety;

/// <summary>
/// Random JSON values and raw lines through the whole command line: every outcome is a report
/// (exit 0) or one clean error (exit 1), never an internal error (exit 70) or a stack trace.
/// </summary>
public sealed class FuzzTests
{
    private static readonly Gen<string> Number = Gen.OneOf(
        Gen.ULong.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Long.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Char["0123456789"].Array[1, 60].Select(c => new string(c)),
        Gen.Double.Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Const("1e400"),
        Gen.Const("-0"),
        Gen.Const("0.0"));

    private static readonly Gen<string> Scalar = Gen.OneOf(
        Number,
        Number,
        Gen.Const("true"),
        Gen.Const("null"),
        Gen.String[Gen.Char.AlphaNumeric, 0, 8].Select(s => $"\"{s}\""),
        Gen.Const("\"\\u0000\\u001b\""));

    private static readonly Gen<string> Value = Gen.OneOf(
        Scalar,
        Scalar,
        Scalar.Array[0, 3].Select(items => "[" + string.Join(", ", items) + "]"),
        Scalar.Select(s => "{\"x\": " + s + "}"));

    private static readonly Gen<string> Key = Gen.OneOf(
        Gen.OneOf(Gen.Const("Frames pushed"), Gen.Const("__nfiles__"), Gen.Const("opcode[NOP].execution_count"), Gen.Const("GC[0] collections"), Gen.Const("_defines"), Gen.Const("_stats_defines"), Gen.Const("_specialized_instructions"), Gen.Const("metadata")),
        Gen.String[Gen.Char.AlphaNumeric, 1, 12]);

    private static readonly Gen<string> Document = Gen.Select(Key, Value).Array[0, 8]
        .Select(members => "{" + string.Join(", ", members.Select(m => $"\"{m.Item1}\": {m.Item2}")) + "}");

    private static readonly Gen<byte[]> RawText = Gen.OneOf(
            Gen.Select(Key, Gen.OneOf(Number, Gen.String[Gen.Char, 0, 10]), (k, v) => $"{k} : {v}"),
            Gen.String[Gen.Char, 0, 40],
            Gen.Const("\uFEFFFrames pushed : 1"))
        .Array[0, 10]
        .Select(lines => Encoding.UTF8.GetBytes(string.Join("\n", lines)));

    private static void AssertCleanOutcome(CliRun run, string input)
    {
        Assert.True(run.ExitCode is 0 or 1, $"exit {run.ExitCode} for {input}: {run.Error}");
        Assert.DoesNotContain("internal error", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        if (run.ExitCode == 1)
        {
            Assert.StartsWith("pystats: error: ", run.Error.Split('\n').First(l => !l.StartsWith("pystats: warning: ", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Random_json_documents_never_crash()
    {
        using var temp = new TempDirectory();
        string path = temp.File("fuzz.json");
        Document.Sample(
            json =>
            {
                File.WriteAllText(path, json);
                AssertCleanOutcome(CliRun.Invoke(path, "--extended"), json);
            },
            iter: 300);
    }

    [Fact]
    public void Random_raw_files_never_crash()
    {
        using var temp = new TempDirectory();
        string path = temp.File("raw/fuzz.txt");
        Directory.CreateDirectory(temp.File("raw"));
        RawText.Sample(
            bytes =>
            {
                File.WriteAllBytes(path, bytes);
                AssertCleanOutcome(CliRun.Invoke(temp.File("raw"), "--extended"), Convert.ToHexString(bytes));
            },
            iter: 300);
    }
}
