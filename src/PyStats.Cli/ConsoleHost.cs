using System.Runtime.InteropServices;
using PyStats.IO;
using PyStats.Parsing;

namespace PyStats.Cli;

/// <summary>
/// Runs <see cref="CliApp"/> on the real console: stdout buffered UTF-8 whose write failures are
/// one clean error, stderr that never fails the run, standard input for <c>-</c>, and temporary
/// output files removed when the process is stopped by a signal or exits.
/// </summary>
public static class ConsoleHost
{
    public static int Run(string[] args)
    {
        // Each handler removes pending temporary files; the signal then takes its default action.
        var signals = new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT }
            .Select(signal => PosixSignalRegistration.Create(signal, _ => TemporaryFiles.DeleteAll()))
            .ToList();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TemporaryFiles.DeleteAll();

        // Buffered UTF-8 without BOM: reports are large and must be byte-identical to CPython's.
        var stdout = new StreamWriter(new StandardOutputStream(Console.OpenStandardOutput()), AtomicFile.Utf8NoBom, 1 << 16) { NewLine = "\n" };
        var stderr = new StreamWriter(new StandardOutputStream(Console.OpenStandardError(), ignoreFailures: true), AtomicFile.Utf8NoBom) { NewLine = "\n", AutoFlush = true };
        var arguments = NonUtf8(args);
        TextWriter error = arguments.Names.Count > 0 ? new PathNameWriter(stderr, arguments.Names) : stderr;
        var env = new CliEnvironment(stdout, error, Environment.GetEnvironmentVariable, !Console.IsErrorRedirected, OpenStandardInput)
        {
            StandardOutputFile = PathIdentity.RedirectedFile(1),
            StandardInputFile = PathIdentity.RedirectedFile(0),
            PathNames = arguments.Names,
            ArgumentError = arguments.Error,
        };
        int code = new CliApp(env).Run(arguments.Args);
        try
        {
            // Run has flushed stdout and reported a failure; what is left after one is dropped.
            stdout.Dispose();
        }
        catch (OutputException)
        {
        }

        signals.ForEach(s => s.Dispose());
        return code;
    }

    /// <summary>Standard input for the input <c>-</c>; closed, it would be the runtime's own pipe and never end.</summary>
    private static Stream OpenStandardInput() =>
        PathIdentity.IsOwnPipe(0)
            ? throw new StatsInputException("-: standard input is closed (or a pipe that this process itself holds open): nothing to read")
            : Console.OpenStandardInput();

    /// <summary>Arguments that are not UTF-8, recovered from the kernel's copy of argv when there are any.</summary>
    private static NonUtf8Arguments NonUtf8(string[] args)
    {
        var bytes = args.Any(a => a.Contains(CommandLineBytes.Replacement)) && CommandLineBytes.Read() is { } cmdline
            ? CommandLineBytes.Recover(args, cmdline)
            : null;
        return NonUtf8Arguments.Resolve(args, bytes, CommandLineBytes.OpenByBytes);
    }
}
