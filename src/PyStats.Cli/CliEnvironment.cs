namespace PyStats.Cli;

/// <summary>What a command may touch besides files: its streams and the environment.</summary>
/// <param name="StandardInput">Opens standard input, read for the input <c>-</c> (default: the console's).</param>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, Func<string, string?> GetVariable, bool ErrorIsTerminal = false, Func<Stream>? StandardInput = null);
