using System.CommandLine;

namespace PyStats.Cli;

/// <summary>
/// <c>pystats history …</c>: pystats over time, in an embedded DuckDB store. Only these commands
/// touch DuckDB, so only they load its native library.
/// </summary>
public sealed class HistoryCommand
{
    public Command Create(CliEnvironment env)
    {
        var command = new Command("history", "Keep runs in a store (DuckDB file) and ask questions over time: ingest, runs, trend, changes, compare, export, sql.");
        command.Subcommands.Add(new HistoryIngestCommand().Create(env));
        command.Subcommands.Add(new HistoryRunsCommand().Create(env));
        command.Subcommands.Add(new HistoryTrendCommand().Create(env));
        command.Subcommands.Add(new HistoryChangesCommand().Create(env));
        command.Subcommands.Add(new HistoryCompareCommand().Create(env));
        command.Subcommands.Add(new HistoryExportCommand().Create(env));
        command.Subcommands.Add(new HistorySqlCommand().Create(env));
        return command;
    }
}
