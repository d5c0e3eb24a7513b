using PyStats.Cli;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Parsing;

/// <summary>
/// The progress line while a large directory loads: on stderr only when it is a terminal, erased
/// at the end, and never a byte of difference on stdout.
/// </summary>
public sealed class LoadProgressTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly TimeSpan _savedDelay = ProgressDisplay.DefaultDelay;

    public LoadProgressTests()
    {
        // Show the indicator from the first file on, so that a quick test load would draw it.
        ProgressDisplay.DefaultDelay = TimeSpan.Zero;
        for (int i = 0; i < ProgressDisplay.MinimumFiles + 100; i++)
        {
            _temp.Write($"raw/{i:D4}.txt", $"Frames pushed : {i}\nopcode[NOP].execution_count : 1\n");
        }
    }

    public void Dispose()
    {
        ProgressDisplay.DefaultDelay = _savedDelay;
        _temp.Dispose();
    }

    private CliRun Run(bool terminal)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var env = new CliEnvironment(stdout, stderr, name => name == "SOURCE_DATE_EPOCH" ? CliRun.ReproducibleEpoch : null, ErrorIsTerminal: terminal);
        int code = new CliApp(env).Run([_temp.File("raw")]);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Not_a_terminal_means_nothing_on_stderr()
    {
        var run = Run(terminal: false);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void On_a_terminal_the_line_is_drawn_then_erased_and_stdout_is_unchanged()
    {
        var quiet = Run(terminal: false);
        var shown = Run(terminal: true);
        Assert.Equal(0, shown.ExitCode);
        Assert.Equal(quiet.Out, shown.Out);
        Assert.Contains($"pystats: reading {_temp.File("raw")} [", shown.Error);
        Assert.Contains("400 of 400 files", shown.Error);

        // Everything drawn is overwritten by spaces and the cursor is back at the line start.
        string last = shown.Error[(shown.Error.LastIndexOf('\r', shown.Error.Length - 2) + 1)..];
        Assert.Matches("^ +\r$", last);
        Assert.DoesNotContain('\n', shown.Error);
    }

    [Fact]
    public void Small_directories_show_nothing()
    {
        var error = new StringWriter();
        using (var progress = new ProgressDisplay(error, "dir") { Delay = TimeSpan.Zero })
        {
            for (int i = 1; i <= ProgressDisplay.MinimumFiles; i++)
            {
                progress.Report(i, ProgressDisplay.MinimumFiles);
            }
        }

        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void Redraws_are_throttled_but_the_last_one_is_always_drawn()
    {
        var error = new StringWriter();
        using (var progress = new ProgressDisplay(error, "dir") { Delay = TimeSpan.Zero })
        {
            for (int i = 1; i <= 5000; i++)
            {
                progress.Report(i, 5000);
            }
        }

        string text = error.ToString();
        int draws = text.Split("pystats: reading dir").Length - 1;
        Assert.InRange(draws, 2, 100);
        Assert.Contains("[########################] 5,000 of 5,000 files", text);
    }
}
