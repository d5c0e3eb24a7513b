using System.Diagnostics;

namespace PyStats.Tests.Safety;

/// <summary>
/// Runs the built <c>pystats</c> as a real process under <c>/bin/sh</c>, for what only a process
/// has: pipes, FIFOs, <c>/dev/stdin</c>, <c>/dev/full</c>, signals. Each run has a time limit, so
/// a hang is a failure, never a stuck test run.
/// </summary>
public sealed record ShellRun(int ExitCode, string Out, string Error)
{
    /// <summary>The pystats executable built next to the tests.</summary>
    public static string Pystats { get; } = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "pystats.exe" : "pystats");

    /// <summary>Runs <paramref name="script"/> with <c>$PYSTATS</c> set to the executable, in <paramref name="directory"/>.</summary>
    public static ShellRun Invoke(string script, string directory, int timeoutSeconds = 60)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", script])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment["PYSTATS"] = Pystats;
        start.Environment["SOURCE_DATE_EPOCH"] = Infrastructure.CliRun.ReproducibleEpoch;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{script}' did not finish in {timeoutSeconds} s");
        }

        return new ShellRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Makes a FIFO (named pipe).</summary>
    public static void MakeFifo(string path)
    {
        var run = Invoke($"mkfifo '{path}'", Path.GetDirectoryName(path)!);
        Assert.True(run.ExitCode == 0, run.Error);
    }

    public static bool IsRoot => Environment.UserName == "root";
}
