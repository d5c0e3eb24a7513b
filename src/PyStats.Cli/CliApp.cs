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

    public int Run(IReadOnlyList<string> args) => Guard(_env, () => RunCommandLine(args));

    private int RunCommandLine(IReadOnlyList<string> args)
    {
        var root = new RootCommand("Reports on the counters of a CPython built with --enable-pystats (a drop-in for Tools/scripts/summarize_stats.py).");
        new ReportCommand().AddTo(root, _env);
        root.Subcommands.Add(new CompareCommand().Create(_env));
        root.Subcommands.Add(new SuiteCommand().Create(_env));
        root.Subcommands.Add(new CheckCommand().Create(_env));
        root.Subcommands.Add(new MergeCommand().Create(_env));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                _env.Error.WriteLine($"pystats: error: {error.Message}");
            }

            _env.Error.WriteLine("Try 'pystats --help' for more information.");
            return ExitCodes.Usage;
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

        command.SetAction(result => Guard(env, () => execute(result)));
        return command;
    }

    /// <summary>Runs a command body, turning the failures users can cause into one line on stderr.</summary>
    public static int Guard(CliEnvironment env, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (StatsInputException e)
        {
            env.Error.WriteLine($"pystats: error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (UsageException e)
        {
            env.Error.WriteLine($"pystats: error: {e.Message}");
            env.Error.WriteLine("Try 'pystats --help' for more information.");
            return ExitCodes.Usage;
        }
        catch (OutputException e)
        {
            env.Error.WriteLine($"pystats: error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            env.Error.WriteLine($"pystats: internal error: {e.GetType().Name}: {e.Message} (please report this)");
            return ExitCodes.InternalError;
        }
        finally
        {
            env.Out.Flush();
        }
    }
}
