namespace PyStats.Cli;

/// <summary>What a command may touch besides files: its output streams and the environment.</summary>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, Func<string, string?> GetVariable, bool ErrorIsTerminal = false);
