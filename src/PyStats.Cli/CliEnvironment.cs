namespace PyStats.Cli;

/// <summary>What a command may touch besides files: its streams and the environment.</summary>
/// <param name="StandardInput">Opens standard input, read for the input <c>-</c> (default: the console's).</param>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, Func<string, string?> GetVariable, bool ErrorIsTerminal = false, Func<Stream>? StandardInput = null)
{
    /// <summary>The regular file stdout is redirected to (<c>&gt; f</c>, <c>&gt;&gt; f</c>), if any: an output that <see cref="OutputGuard"/> checks.</summary>
    public string? StandardOutputFile { get; init; }

    /// <summary>The regular file stdin is redirected from (<c>&lt; f</c>), if any: the input <c>-</c> for <see cref="OutputGuard"/>.</summary>
    public string? StandardInputFile { get; init; }

    /// <summary>Paths that stand for command-line arguments that are not UTF-8, with the names to show for them (<see cref="NonUtf8Arguments"/>).</summary>
    public IReadOnlyDictionary<string, string> PathNames { get; init; } = new Dictionary<string, string>();

    /// <summary>A command-line error found before parsing (a non-UTF-8 output name), reported as a usage error.</summary>
    public string? ArgumentError { get; init; }

    /// <summary>The name to show for a path given on the command line.</summary>
    public string NameOf(string path) => PathNames.TryGetValue(path, out string? name) ? name : path;
}
