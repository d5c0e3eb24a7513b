using System.CommandLine;
using PyStats.Parsing;

namespace PyStats.Cli;

/// <summary>
/// The <c>pystats</c> command line. Runs in-process with injected output streams, so tests call
/// <see cref="Run"/> directly and check the exit code and what was written.
/// </summary>
public sealed class CliApp
{
    private readonly CliEnvironment _env;

    public CliApp(CliEnvironment env) => _env = env;

    /// <summary>
    /// The subcommands, in the order the root's help lists them. Registering a new one is one
    /// line here, with its <see cref="Command"/> made by <see cref="Subcommand"/>: it then gets the
    /// same unknown-option, help and error handling as every other (notes/cli-contract.md).
    /// </summary>
    private static readonly Func<CliEnvironment, Command>[] Subcommands =
    [
        env => new CompareCommand().Create(env),
        env => new SuiteCommand().Create(env),
        env => new CheckCommand().Create(env),
        env => new MergeCommand().Create(env),
        env => new HistoryCommand().Create(env),
    ];

    public int Run(IReadOnlyList<string> args) => Guard(_env, () => RunCommandLine(args));

    private int RunCommandLine(IReadOnlyList<string> args)
    {
        var subcommands = Subcommands.Select(create => create(_env)).ToList();
        var root = new RootCommand("Reports on the counters of a CPython built with --enable-pystats (a drop-in for Tools/scripts/summarize_stats.py).")
        {
            HelpName = UsageError.Program,
        };
        string? chosen = args.Count > 0 ? subcommands.FirstOrDefault(c => c.Name == args[0])?.Name : null;
        if (chosen is not null)
        {
            // The subcommand under a root of its own: its help shows only its own arguments.
            root.Subcommands.Add(subcommands.First(c => c.Name == chosen));
        }
        else
        {
            // The bare form; the subcommands are there for the root's help, and to be refused
            // when named after other arguments.
            new ReportCommand().AddTo(root, _env);
            subcommands.ForEach(root.Subcommands.Add);
        }

        string commandPath = UsageError.CommandPath(chosen);
        if (_env.ArgumentError is { } argumentError)
        {
            return UsageError.Write(_env, argumentError, commandPath);
        }

        var parsed = root.Parse(args);
        if (chosen is null && parsed.CommandResult.Command != root)
        {
            string name = parsed.CommandResult.Command.Name;
            return UsageError.Write(_env, $"'{name}' must come first: {UsageError.CommandPath(name)} ARGUMENTS [options]", UsageError.CommandPath(name));
        }

        if (CommandLineCheck.FirstError(parsed, args) is { } error)
        {
            return UsageError.Write(_env, error, commandPath);
        }

        return parsed.Invoke(new InvocationConfiguration { Output = _env.Out, Error = _env.Error, EnableDefaultExceptionHandler = false });
    }

    /// <summary>A subcommand with the given arguments and options whose action runs under <see cref="Guard"/>.</summary>
    public static Command Subcommand(string name, string description, CliEnvironment env, Func<ParseResult, int> execute, params IEnumerable<Symbol> symbols)
    {
        var command = new Command(name, description);
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
                case Option option:
                    command.Options.Add(option);
                    break;
            }
        }

        command.SetAction(result => Guard(env, () => execute(result), UsageError.CommandPath(name)));
        return command;
    }

    /// <summary>Runs a command body, turning the failures users can cause into one line on stderr.</summary>
    /// <remarks>Messages are escaped (<see cref="MessageText.Escape"/>) so that each stays one line.</remarks>
    public static int Guard(CliEnvironment env, Func<int> body, string commandPath = UsageError.Program)
    {
        int code;
        try
        {
            code = body();
            env.Out.Flush();
            return code;
        }
        catch (StatsInputException e)
        {
            code = Fail(env, e.Message, ExitCodes.BadInput);
        }
        catch (UsageException e)
        {
            code = UsageError.Write(env, MessageText.Escape(e.Message), commandPath);
        }
        catch (OutputException e)
        {
            code = e.Quiet ? ExitCodes.BadInput : Fail(env, e.Message, ExitCodes.BadInput);
        }
        catch (Exception e)
        {
            env.Error.WriteLine(MessageText.Escape($"pystats: internal error: {e.GetType().Name}: {e.Message} (this is a bug in pystats; please report it)"));
            code = ExitCodes.InternalError;
        }

        try
        {
            // What was written before the failure still goes out.
            env.Out.Flush();
        }
        catch (OutputException)
        {
        }

        return code;
    }

    private static int Fail(CliEnvironment env, string message, int code)
    {
        env.Error.WriteLine($"pystats: error: {MessageText.Escape(message)}");
        return code;
    }
}
