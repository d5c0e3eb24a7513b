using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Safety;

/// <summary>
/// Defects 1 and 8 of issue 8: an output never replaces what is not a regular file, a symbolic
/// link is followed, an interrupted write leaves nothing behind, and a full disk or closed pipe on
/// stdout is one clean line (or nothing), never an internal error.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public OutputSafetyTests()
    {
        _temp.Write("in.json", "{\"Frames pushed\": 5, \"Frame objects created\": 1, \"__nfiles__\": 1}");
    }

    public void Dispose() => _temp.Dispose();

    private string Input => _temp.File("in.json");

    [Fact]
    public async Task A_fifo_output_is_written_through_and_stays_a_fifo()
    {
        string fifo = _temp.File("out.fifo");
        ShellRun.MakeFifo(fifo);

        // The reader opens the FIFO; pystats writes into it (opening waits for the reader).
        var reader = Task.Run(() => File.ReadAllText(fifo));
        var run = CliRun.Invoke(Input, "-o", fifo);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Frames pushed", await reader.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(0, ShellRun.Invoke("test -p out.fifo", _temp.Path).ExitCode);
        Assert.Equal(["out.fifo", "in.json"], Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName).OrderDescending());
    }

    [Fact]
    public void A_device_output_is_written_through_and_stays_a_device()
    {
        // As root, a device node of our own (a copy of /dev/null) shows that it is not replaced;
        // otherwise /dev/null itself, which a non-root process could not replace anyway.
        string device = "/dev/null";
        if (ShellRun.IsRoot)
        {
            device = _temp.File("null");
            Assert.Equal(0, ShellRun.Invoke($"mknod '{device}' c 1 3", _temp.Path).ExitCode);
        }

        var run = CliRun.Invoke(Input, "-o", device);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(0, ShellRun.Invoke($"test -c '{device}'", _temp.Path).ExitCode);
        Assert.DoesNotContain(Directory.GetFileSystemEntries(Path.GetDirectoryName(device)!), p => Path.GetFileName(p).StartsWith(".null.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_symbolic_link_output_replaces_its_target_and_stays_a_link()
    {
        string target = _temp.Write("target.md", "old");
        string link = _temp.File("link.md");
        File.CreateSymbolicLink(link, "target.md");
        var run = CliRun.Invoke(Input, "-o", link);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("target.md", new FileInfo(link).LinkTarget);
        Assert.Contains("Frames pushed", File.ReadAllText(target));
    }

    [Fact]
    public void A_replaced_file_keeps_its_permissions()
    {
        Assert.False(OperatingSystem.IsWindows(), "Unix file modes");
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string output = _temp.Write("report.md", "old");
        File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var run = CliRun.Invoke(Input, "-o", output);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(output));
        Assert.Contains("Frames pushed", File.ReadAllText(output));
    }

    [Fact]
    public void Json_output_dash_goes_to_stdout_and_creates_no_file()
    {
        string report = _temp.File("report.md");
        var run = CliRun.Invoke(Input, "--json-output", "-", "-o", report);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("{\"Frames pushed\": 5", run.Out);
        Assert.False(File.Exists(_temp.File("-")));
        Assert.True(File.Exists(report));
    }

    [Fact]
    public void Csv_to_stdout_is_a_usage_error()
    {
        var run = CliRun.Invoke(Input, "--format", "csv", "-o", "-");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot go to stdout", run.Error);
    }

    [Fact]
    public void Sigterm_while_waiting_for_input_stops_cleanly_and_leaves_no_file()
    {
        var run = ShellRun.Invoke(
            "mkfifo in.fifo; $PYSTATS in.fifo -o out.md & pid=$!; sleep 1; kill -TERM $pid; wait $pid; echo \"status $?\"; ls -A",
            _temp.Path);
        Assert.Contains("status 143", run.Out);
        Assert.DoesNotContain("out.md", run.Out);
        Assert.DoesNotContain(".tmp", run.Out);
    }

    [Fact]
    public void A_full_disk_on_stdout_is_one_line_and_exit_1()
    {
        var run = ShellRun.Invoke("$PYSTATS in.json > /dev/full", _temp.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("pystats: error: stdout: cannot write the output: No space left on device\n", run.Error);
    }

    [Fact]
    public void A_full_disk_on_an_output_file_is_one_line_and_exit_1()
    {
        // As root, a device node of our own (a copy of /dev/full): code that replaces devices
        // (the old code did) must not be able to destroy the system's.
        string device = "/dev/full";
        if (ShellRun.IsRoot)
        {
            device = _temp.File("full");
            Assert.Equal(0, ShellRun.Invoke($"mknod '{device}' c 1 7", _temp.Path).ExitCode);
        }

        var run = ShellRun.Invoke($"$PYSTATS in.json -o '{device}'", _temp.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"pystats: error: {device}: cannot write the output: No space left on device", run.Error);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(0, ShellRun.Invoke($"test -c '{device}'", _temp.Path).ExitCode);
    }

    [Fact]
    public void A_closed_pipe_on_stdout_is_a_quiet_stop()
    {
        // A report much larger than a pipe's buffer, read by a reader that stops after one byte.
        string raw = string.Concat(Enumerable.Range(0, 3000).Select(i => $"opcode[OP_{i}].execution_count : {i + 1}\n"));
        _temp.Write("big.txt", raw);
        var run = ShellRun.Invoke("$PYSTATS big.txt --extended | head -c 1 >/dev/null", _temp.Path);
        Assert.DoesNotContain("internal error", run.Error);
        Assert.DoesNotContain("Exception", run.Error);
        Assert.Equal(string.Empty, run.Error);
    }
}
