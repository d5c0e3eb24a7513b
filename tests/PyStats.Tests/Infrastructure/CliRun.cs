using PyStats.Cli;

namespace PyStats.Tests.Infrastructure;

/// <summary>The outcome of an in-process <c>pystats</c> run.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public const string ReproducibleEpoch = "1765152000";

    /// <summary>Runs <c>pystats args…</c> in-process with SOURCE_DATE_EPOCH set like the goldens.</summary>
    public static CliRun Invoke(params string[] args) => Invoke(args, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = ReproducibleEpoch });

    public static CliRun Invoke(IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var env = new CliEnvironment(stdout, stderr, name => environment.TryGetValue(name, out var v) ? v : null);
        int code = new CliApp(env).Run(args);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
