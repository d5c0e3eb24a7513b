namespace PyStats.Cli;

/// <summary>
/// How every command reports a bad command line: one error line, then the footer naming the help
/// of the command that was run (exit status 2).
/// </summary>
public static class UsageError
{
    public const string Program = "pystats";

    /// <summary>"pystats" for the bare form, "pystats compare" for a subcommand.</summary>
    public static string CommandPath(string? subcommand) => subcommand is null ? Program : $"{Program} {subcommand}";

    public static int Write(CliEnvironment env, string message, string commandPath)
    {
        env.Error.WriteLine($"{Program}: error: {message}");
        env.Error.WriteLine($"Try '{commandPath} --help' for more information.");
        return ExitCodes.Usage;
    }
}
