using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Safety;

/// <summary>
/// Defects 3, 4, 6, 7 and 11 of issue 8: every input is opened and read once (pipes, FIFOs,
/// <c>/dev/stdin</c>, <c>-</c>), a byte order mark is accepted, a directory's FIFOs and devices are
/// skipped, lines have a bound, and file names need not be UTF-8.
/// </summary>
public sealed class InputOnceTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Pipes_dev_stdin_and_process_substitution_lose_nothing()
    {
        string file = SampleInputs.OneRawFile(_temp);
        string expected = CliRun.Invoke(file).Out;
        foreach (string script in new[] { "cat all.txt | $PYSTATS /dev/stdin", "cat all.txt | $PYSTATS -", "bash -c '$PYSTATS <(cat all.txt)'" })
        {
            var run = ShellRun.Invoke(script, _temp.Path);
            Assert.True(run.ExitCode == 0, script + ": " + run.Error);
            Assert.Equal(expected, run.Out);
        }
    }

    [Fact]
    public void A_fifo_given_as_input_is_read_once()
    {
        string file = SampleInputs.OneRawFile(_temp);
        string expected = CliRun.Invoke(file).Out;
        var run = ShellRun.Invoke("mkfifo in.fifo; cat all.txt > in.fifo & $PYSTATS in.fifo", _temp.Path);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(expected, run.Out);
    }

    [Fact]
    public void A_json_file_starting_with_a_byte_order_mark_is_read()
    {
        string json = _temp.File("merged.json");
        Assert.Equal(0, CliRun.Invoke(SampleInputs.SampleRaw, "--json-output", json).ExitCode);
        string withBom = _temp.WriteBytes("bom.json", [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(json)]);
        string noSuffix = _temp.WriteBytes("bom-data", [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(json)]);
        string expected = CliRun.Invoke(json).Out;
        Assert.Equal(expected, CliRun.Invoke(withBom).Out);
        Assert.Equal(expected, CliRun.Invoke(noSuffix).Out);
    }

    [Fact]
    public void A_raw_file_starting_with_a_byte_order_mark_is_read()
    {
        string file = SampleInputs.OneRawFile(_temp);
        string withBom = _temp.WriteBytes("raw/bom.txt", [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(file)]);
        var run = CliRun.Invoke(withBom);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(CliRun.Invoke(file).Out, run.Out);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public async Task Fifos_and_devices_inside_an_input_directory_are_skipped_with_a_warning()
    {
        string dir = _temp.File("raw");
        Directory.CreateDirectory(dir);
        foreach (string file in Directory.GetFiles(SampleInputs.SampleRaw))
        {
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        }

        ShellRun.MakeFifo(Path.Combine(dir, "zz.fifo"));
        File.CreateSymbolicLink(Path.Combine(dir, "zz-null"), "/dev/null");
        // A hang (the old code waited for a writer forever) fails with a TimeoutException.
        var run = await Task.Run(() => CliRun.Invoke(dir)).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(CliRun.Invoke(SampleInputs.SampleRaw).Out, run.Out);
        Assert.Contains("zz.fifo: is a FIFO (named pipe), not a regular file; skipped", run.Error);
        Assert.Contains("zz-null: is a character device, not a regular file; skipped", run.Error);
    }

    [Fact]
    public void Dev_zero_as_input_ends_quickly_with_an_error_naming_the_line()
    {
        var run = ShellRun.Invoke("$PYSTATS /dev/zero", _temp.Path, timeoutSeconds: 30);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("pystats: error: /dev/zero:1: line longer than 1 MiB (1,048,576 bytes); raw counter files have 'KEY: VALUE' lines of under 200 bytes\n", run.Error);
    }

    [Fact]
    public void A_line_longer_than_the_bound_is_an_error_with_bounded_memory()
    {
        string path = _temp.File("long.txt");
        using (var stream = File.Create(path))
        {
            stream.Write("Frames pushed : 1\n"u8);
            stream.Write(Enumerable.Repeat((byte)'x', 4 << 20).ToArray());
            stream.Write(" : 1\n"u8);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        var run = CliRun.Invoke(path);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"pystats: error: {path}:2: line longer than 1 MiB", run.Error);
        Assert.True(allocated < 8 << 20, $"{allocated:N0} bytes allocated to reject a 4 MiB line");
    }

    [Fact]
    public void A_line_just_under_the_bound_is_read()
    {
        string path = _temp.File("near.txt");
        string key = new('k', (1 << 20) - 10);
        File.WriteAllText(path, $"{key} : 7\nFrames pushed : 1\n");
        var run = CliRun.Invoke(path, "--extended");
        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Fact]
    public void File_names_that_are_not_utf8_are_read_and_shown_escaped()
    {
        string dir = _temp.File("raw");
        Directory.CreateDirectory(dir);
        _temp.Write("raw/a.txt", "Frames pushed : 1\n");

        // A name with the byte 0xFF, which no UTF-16 string can spell: made by the shell.
        var made = ShellRun.Invoke("printf 'Frames pushed : 2\\nnot a counter line\\n' > \"raw/b$(printf '\\377').txt\"", _temp.Path);
        Assert.True(made.ExitCode == 0, made.Error);

        var run = CliRun.Invoke(dir, "--extended");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("<td align=\"left\">Number of data files</td>\n<td align=\"right\">2</td>", run.Out);
        Assert.Contains(Path.Combine(dir, "b\\xFF.txt") + ":2: unparsable line 'not a counter line'", run.Error);
    }
}
