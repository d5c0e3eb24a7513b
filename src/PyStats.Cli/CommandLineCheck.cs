using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace PyStats.Cli;

/// <summary>
/// The one check of a parsed command line that every command gets, so all answer alike: an
/// unknown option (which System.CommandLine would hand to an argument as a path, or report in
/// its own words) is "unknown option", a surplus argument is "unexpected argument", anything
/// else the parser found comes after.
/// </summary>
public static class CommandLineCheck
{
    /// <summary>The first problem of <paramref name="parsed"/>, or null when it can run.</summary>
    public static string? FirstError(ParseResult parsed, IReadOnlyList<string> args)
    {
        int doubleDash = IndexOf(args, "--");
        var positional = parsed.CommandResult.Children.OfType<ArgumentResult>().SelectMany(r => r.Tokens).Select(t => t.Value);
        var suspects = positional.Concat(parsed.UnmatchedTokens).ToHashSet(StringComparer.Ordinal);

        // In command-line order, so the first bad word typed is the one named.
        foreach (string arg in args.Take(doubleDash < 0 ? args.Count : doubleDash))
        {
            if (suspects.Contains(arg) && LooksLikeOption(arg))
            {
                return $"unknown option '{arg}'";
            }
        }

        if (parsed.UnmatchedTokens.Count > 0)
        {
            return $"unexpected argument '{parsed.UnmatchedTokens[0]}'";
        }

        return parsed.Errors.Count > 0 ? InOurWords(parsed.Errors[0].Message) : null;
    }

    /// <summary>
    /// The parser's own messages said like ours ("missing option '-o'"), so every problem of a
    /// command line reads alike; a message not recognized is kept as it is.
    /// </summary>
    internal static string InOurWords(string message)
    {
        foreach (var (pattern, replacement) in Rewordings)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                return match.Result(replacement);
            }
        }

        return message;
    }

    private static readonly (Regex Pattern, string Replacement)[] Rewordings =
    [
        (new Regex(@"^Option '([^']+)' is required\.$"), "missing option '$1'"),
        (new Regex(@"^Required argument '([^']+)' missing for command: '[^']*'\.$"), "missing argument '$1'"),
        (new Regex(@"^Option '([^']+)' expects a single argument but \d+ were provided\.$"), "option '$1' given more than once"),
    ];

    /// <summary>"-x", "--xyz"; not "-" (stdin/stdout) and not a negative number.</summary>
    private static bool LooksLikeOption(string arg) =>
        arg.Length > 1 && arg[0] == '-' && !char.IsAsciiDigit(arg[1]) && arg[1] != '.';

    private static int IndexOf(IReadOnlyList<string> args, string value)
    {
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
