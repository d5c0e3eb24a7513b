using System.Globalization;
using System.Text;
using CsCheck;
using PyStats.Model;
using PyStats.Parsing;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Parsing;

/// <summary>
/// The parallel, streaming loader against a plain sequential reading of the same files written
/// here (split at '\n', split at ':', strip, sum in first-appearance order): same keys in the same
/// order, same sums, same warnings, whatever the number of workers, the buffer size or the way
/// files are read.
/// </summary>
public sealed class RawDirectoryLoaderTests
{
    private static readonly char[] PythonSpace = [' ', '\t', '\n', '\v', '\f', '\r', '\x1c', '\x1d', '\x1e', '\x1f'];

    private static readonly string[] KeyPool =
    [
        "a",
        "GC[0] collections",
        "Frames pushed",
        "Object allocations from freelist",
        "opcode[LOAD_ATTR].specialization.hit",
        "opcode[BINARY_OP_INPLACE_ADD_UNICODE].pair_count[JUMP_BACKWARD]",
        "opcode[LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES].specialization.failure_kinds[12]",
        "uops[FOO].execution_count",
        "uops[_FOO].execution_count",
        "uops[",
        "uops[BAR].pair_count[_BAZ]",
        "Calls via PyEval_EvalFrame[1]",
        "Optimization traces created with an unusually long name that goes well past sixty-four bytes",
    ];

    private static readonly Gen<string> Value = Gen.Frequency(
        (6, Gen.ULong[0, 1000].Select(v => v.ToString(CultureInfo.InvariantCulture))),
        (2, Gen.ULong.Select(v => v.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.ULong[ulong.MaxValue - 3, ulong.MaxValue].Select(v => v.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Const("0007")));

    private static readonly Gen<string> CounterLine =
        Gen.Select(
            Gen.OneOf(Gen.Const(""), Gen.Const("    "), Gen.Const("\t")),
            Gen.Int[0, KeyPool.Length - 1],
            Gen.OneOf(Gen.Const(" : "), Gen.Const(": "), Gen.Const(":"), Gen.Const(" :\t")),
            Value,
            Gen.OneOf(Gen.Const(""), Gen.Const(" "), Gen.Const("\r")),
            (indent, key, separator, value, trailing) => indent + KeyPool[key] + separator + value + trailing);

    private static readonly Gen<string> Line = Gen.Frequency(
        (12, CounterLine),
        (1, Gen.OneOf(Gen.Const(""), Gen.Const("  "), Gen.Const("\r"), Gen.Const("no colon here"), Gen.Const("a : b : 3"), Gen.Const("::"))));

    private static readonly Gen<string> FileText =
        Gen.Select(Line.Array[0, 40], Gen.Bool, (lines, finalNewline) =>
            lines.Length == 0 ? string.Empty : string.Join("\n", lines) + (finalNewline ? "\n" : string.Empty));

    private static readonly Gen<(string[] Files, int Workers, int BufferSize, bool Native)> Case =
        Gen.Select(FileText.Array[1, 7], Gen.Int[1, 3], Gen.OneOf(Gen.Const(16), Gen.Const(100), Gen.Const(CounterFileReader.DefaultBufferSize)), Gen.Bool);

    [Fact]
    public void Parallel_streaming_load_equals_a_sequential_reading()
    {
        Case.Sample(
            c =>
            {
                using var temp = new TempDirectory();
                for (int i = 0; i < c.Files.Length; i++)
                {
                    temp.Write($"raw/f{i:D2}.txt", c.Files[i]);
                }

                string dir = temp.File("raw");
                var expected = Reference(dir);
                var loader = new RawDirectoryLoader { MaxDegreeOfParallelism = c.Workers, BufferSize = c.BufferSize, NativeReads = c.Native };
                var (counters, warnings) = loader.LoadDirectory(dir);

                Assert.Equal(expected.Counters.Keys, counters.Keys);
                Assert.Equal(expected.Counters.Values, counters.Values);
                Assert.Equal(expected.Warnings, warnings.Select(w => w.ToString()));
            },
            iter: 300);
    }

    /// <summary>Writes raw/NAME files and loads the directory with the default loader.</summary>
    private static (CounterSet Counters, IReadOnlyList<LoadWarning> Warnings) Load(TempDirectory temp, params (string Name, string Text)[] files)
    {
        foreach (var (name, text) in files)
        {
            temp.Write("raw/" + name, text);
        }

        return new RawDirectoryLoader().LoadDirectory(temp.File("raw"));
    }

    [Fact]
    public void Sums_go_past_64_bits_across_files()
    {
        using var temp = new TempDirectory();
        var (counters, _) = Load(temp, ("a.txt", "Frames pushed : 18446744073709551615\n"), ("b.txt", "Frames pushed : 18446744073709551615\n"), ("c.txt", "Frames pushed : 2\n"));
        Assert.Equal((Int128)ulong.MaxValue * 2 + 2, counters.Get("Frames pushed"));
        Assert.Equal(3, counters.Get(CounterNames.FileCount));
    }

    [Theory]
    [InlineData("18446744073709551615", true)]
    [InlineData("18446744073709551616", false)]
    [InlineData("99999999999999999999", false)]
    [InlineData("1234567890123456789", true)]
    [InlineData("12345678901234567890", true)]
    public void Values_near_2_to_the_64(string value, bool fits)
    {
        using var temp = new TempDirectory();
        string file = temp.Write("raw/a.txt", $"Frames pushed : {value}\n");
        var loader = new RawDirectoryLoader();
        if (fits)
        {
            Assert.Equal(Int128.Parse(value, CultureInfo.InvariantCulture), loader.LoadDirectory(temp.File("raw")).Counters.Get("Frames pushed"));
        }
        else
        {
            var error = Assert.Throws<StatsInputException>(() => loader.LoadDirectory(temp.File("raw")));
            Assert.StartsWith($"{file}:1: value '{value}' of key 'Frames pushed' does not fit in an unsigned 64-bit counter", error.Message);
        }
    }

    [Fact]
    public void Crlf_indentation_blank_lines_and_a_missing_final_newline()
    {
        using var temp = new TempDirectory();
        var (counters, warnings) = Load(temp, ("a.txt", "  GC[0] collections : 4\r\n\r\n\topcode[NOP].execution_count:5\r\nFrames pushed : 6"));
        string file = temp.File("raw/a.txt");
        Assert.Equal(["GC[0] collections", "opcode[NOP].execution_count", "Frames pushed", CounterNames.FileCount], counters.Keys);
        Assert.Equal([(Int128)4, 5, 6, 1], counters.Values);
        Assert.Equal([$"{file}:2: unparsable line '' (expected 'KEY: VALUE'); skipped"], warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void Old_uop_names_get_their_underscore()
    {
        using var temp = new TempDirectory();
        var (counters, _) = Load(temp, ("a.txt", "uops[FOO].execution_count : 1\nuops[_FOO].execution_count : 2\nuops[_BAR].execution_count : 3\nuops[BAR].pair_count[BAZ] : 4\n"));
        Assert.Equal(["uops[_FOO].execution_count", "uops[_BAR].execution_count", "uops[_BAR].pair_count[BAZ]", CounterNames.FileCount], counters.Keys);
        Assert.Equal([(Int128)3, 3, 4, 1], counters.Values);
    }

    [Fact]
    public void File_count_follows_the_first_files_keys_and_files_are_read_in_ordinal_order()
    {
        using var temp = new TempDirectory();
        var (counters, _) = Load(temp, ("b.txt", "second : 1\nfirst : 1\n"), ("B.txt", "first : 1\n"), ("a.txt", "third : 1\n"));
        Assert.Equal(["first", CounterNames.FileCount, "third", "second"], counters.Keys);
    }

    [Fact]
    public void Lines_longer_than_the_buffer_and_a_bad_byte_far_into_a_file()
    {
        using var temp = new TempDirectory();
        string longKey = new('k', 300);
        temp.Write("raw/a.txt", $"{longKey} : 7\nshort : 1\n");
        var loader = new RawDirectoryLoader { BufferSize = 16, MaxDegreeOfParallelism = 1 };
        Assert.Equal(7, loader.LoadDirectory(temp.File("raw")).Counters.Get(longKey));

        string bad = temp.WriteBytes("raw/b.txt", [.. Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("Frames pushed : 1\n", 9))), 0xFF, .. "x : 1\n"u8]);
        var error = Assert.Throws<StatsInputException>(() => loader.LoadDirectory(temp.File("raw")));
        Assert.StartsWith($"{bad}:10: not UTF-8", error.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_error_reported_is_the_one_of_the_first_bad_file_in_name_order(bool native)
    {
        using var temp = new TempDirectory();
        for (int i = 0; i < 60; i++)
        {
            temp.Write($"raw/{i:D3}.txt", i % 9 == 4 ? "Frames pushed : x\n" : "Frames pushed : 1\n");
        }

        var loader = new RawDirectoryLoader { MaxDegreeOfParallelism = 3, NativeReads = native };
        var error = Assert.Throws<StatsInputException>(() => loader.LoadDirectory(temp.File("raw")));
        Assert.StartsWith(temp.File("raw/004.txt") + ":1:", error.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_single_file_loads_like_a_directory_of_one(bool native)
    {
        using var temp = new TempDirectory();
        string file = temp.Write("raw/a.txt", "x : 1\ny : 2\nx : 3\n");
        var (counters, _) = new RawDirectoryLoader { NativeReads = native }.LoadFiles([file]);
        Assert.Equal(["x", "y", CounterNames.FileCount], counters.Keys);
        Assert.Equal([(Int128)4, 2, 1], counters.Values);
    }

    [Fact]
    public void No_files_give_only_a_zero_file_count()
    {
        var (counters, warnings) = new RawDirectoryLoader().LoadFiles([]);
        Assert.Equal([CounterNames.FileCount], counters.Keys);
        Assert.Equal([(Int128)0], counters.Values);
        Assert.Empty(warnings);
    }

    [Fact]
    public void A_missing_file_is_reported_with_its_path()
    {
        using var temp = new TempDirectory();
        string file = temp.File("gone.txt");
        var error = Assert.Throws<StatsInputException>(() => new RawDirectoryLoader().LoadFiles([file]));
        Assert.StartsWith($"{file}: cannot read the file:", error.Message);
    }

    [Fact]
    public void Reading_a_file_allocates_nothing_per_file_on_linux()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var temp = new TempDirectory();
        for (int i = 0; i < 600; i++)
        {
            temp.Write($"many/{i:D4}.txt", "Frames pushed : 1\nGC[0] collections : 2\n");
            if (i < 60)
            {
                temp.Write($"few/{i:D4}.txt", "Frames pushed : 1\nGC[0] collections : 2\n");
            }
        }

        // One worker: everything runs on this thread, whose allocations are counted exactly.
        var loader = new RawDirectoryLoader { MaxDegreeOfParallelism = 1 };
        loader.LoadDirectory(temp.File("few"));
        long Allocated(string dir)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            loader.LoadDirectory(temp.File(dir));
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        long few = Allocated("few");
        long many = Allocated("many");

        // The names (8 bytes each here) and their index are all that grows with the file count.
        Assert.True((many - few) / 540.0 < 48, $"{(many - few) / 540.0:F1} bytes allocated per file ({few} for 60 files, {many} for 600)");
    }

    /// <summary>CPython's reading, in the plainest code: whole files, strings, a dictionary.</summary>
    private static (CounterSet Counters, List<string> Warnings) Reference(string directory)
    {
        var sums = new Dictionary<string, Int128>(StringComparer.Ordinal);
        var order = new List<string>();
        var warnings = new List<string>();
        var files = Directory.GetFiles(directory).OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToList();
        void Add(string key, Int128 value)
        {
            if (!sums.TryAdd(key, value))
            {
                sums[key] += value;
            }
            else
            {
                order.Add(key);
            }
        }

        foreach (string file in files)
        {
            var lines = File.ReadAllText(file).Split('\n').ToList();
            if (lines[^1].Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            for (int i = 0; i < lines.Count; i++)
            {
                string[] parts = lines[i].Split(':');
                if (parts.Length != 2)
                {
                    warnings.Add($"{file}:{i + 1}: unparsable line '{lines[i].Trim(PythonSpace)}' (expected 'KEY: VALUE'); skipped");
                    continue;
                }

                string key = parts[0].Trim(PythonSpace);
                if (key.StartsWith("uops[", StringComparison.Ordinal) && (key.Length == 5 || key[5] != '_'))
                {
                    key = "uops[_" + key[5..];
                }

                Add(key, ulong.Parse(parts[1].Trim(PythonSpace), NumberStyles.None, CultureInfo.InvariantCulture));
            }

            Add(CounterNames.FileCount, 1);
        }

        return (new CounterSet(order.Select(k => new KeyValuePair<string, Int128>(k, sums[k]))), warnings);
    }
}
