using PyStats.IO;
using PyStats.Parsing;

namespace PyStats.Cli;

/// <summary>
/// Command-line arguments whose bytes are not UTF-8 (recovered by <see cref="CommandLineBytes"/>):
/// an input path that exists is opened by its bytes and handed to the command as a
/// <c>/proc/self/fd/N</c> path naming it, and shown in messages and reports by its name with the
/// bad bytes escaped (<c>bad\xFF.json</c>), as names inside input directories are. An output
/// (<c>-o</c>, <c>--output</c>, <c>--json-output</c>) is refused: outputs are written by name,
/// and a name that is not UTF-8 cannot be spelled.
/// </summary>
public sealed class NonUtf8Arguments
{
    private static readonly HashSet<string> OutputOptions = ["-o", "--output", "--json-output"];

    /// <summary>Options whose values are text, not paths: left as they are.</summary>
    private static readonly HashSet<string> TextOptions = ["--label", "--section", "--date", "--dialect", "--cpython-version", "-f", "--format", "--top", "--min-change"];

    private NonUtf8Arguments(IReadOnlyList<string> args, IReadOnlyDictionary<string, string> names, string? error)
    {
        Args = args;
        Names = names;
        Error = error;
    }

    /// <summary>The arguments to run with.</summary>
    public IReadOnlyList<string> Args { get; }

    /// <summary>For each path that stands for a non-UTF-8 argument, the name to show.</summary>
    public IReadOnlyDictionary<string, string> Names { get; }

    /// <summary>A usage error to report instead of running (an output name that is not UTF-8).</summary>
    public string? Error { get; }

    /// <param name="bytes">From <see cref="CommandLineBytes.Recover"/>: each argument's bytes when it is not UTF-8, or null when they are unknown.</param>
    /// <param name="open">Opens a path given as bytes, returning a path that names it (<see cref="CommandLineBytes.OpenByBytes"/>), or null.</param>
    public static NonUtf8Arguments Resolve(IReadOnlyList<string> args, byte[]?[]? bytes, Func<byte[], string?> open)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);

        // history keeps its paths as given (its store records them).
        if (bytes is null || (args.Count > 0 && args[0] == "history"))
        {
            return new NonUtf8Arguments(args, names, null);
        }

        var resolved = args.ToArray();
        for (int i = 0; i < args.Count; i++)
        {
            if (bytes[i] is not { } raw)
            {
                continue;
            }

            string shown = MessageText.Decode(raw);
            string? previous = i > 0 ? args[i - 1] : null;
            string? option = previous is not null && OutputOptions.Contains(previous) ? previous : OutputOptions.FirstOrDefault(o => o.StartsWith("--", StringComparison.Ordinal) && args[i].StartsWith(o + "=", StringComparison.Ordinal));
            if (option is not null)
            {
                shown = previous == option ? shown : shown[(option.Length + 1)..];
                return new NonUtf8Arguments(args, names, $"{option} {MessageText.Quote(shown)}: the name is not valid UTF-8, and outputs are written only under UTF-8 names; choose another name");
            }

            if ((previous is not null && TextOptions.Contains(previous)) || args[i].StartsWith('-'))
            {
                continue;
            }

            if (open(raw) is { } path)
            {
                resolved[i] = path;
                names[path] = shown;
            }
            else
            {
                // Nothing there: the command says so, under the escaped name.
                names.TryAdd(args[i], shown);
            }
        }

        return new NonUtf8Arguments(resolved, names, null);
    }
}
