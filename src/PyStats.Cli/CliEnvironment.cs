namespace PyStats.Cli;

/// <summary>What a command may touch besides files: its streams and the environment.</summary>
/// <param name="StandardInput">Opens standard input, read for the input <c>-</c> (default: the console's).</param>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, Func<string, string?> GetVariable, bool ErrorIsTerminal = false, Func<Stream>? StandardInput = null)
{
    /// <summary>The regular file stdout is redirected to (<c>&gt; f</c>, <c>&gt;&gt; f</c>), if any: an output that <see cref="OutputGuard"/> checks.</summary>
    public string? StandardOutputFile { get; init; }

    /// <summary>The regular file stdin is redirected from (<c>&lt; f</c>), if any: the input <c>-</c> for <see cref="OutputGuard"/>.</summary>
    public string? StandardInputFile { get; init; }
}
