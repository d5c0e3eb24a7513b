using System.CommandLine;
using PyStats.Report.Significance;

namespace PyStats.Cli;

/// <summary>Options of the commands that look for significant changes.</summary>
public sealed class AnalysisOptions
{
    public Option<string?> Rules { get; } = new("--rules") { Description = "JSON file of change thresholds for the significant changes (see README).", HelpName = "FILE" };

    public IEnumerable<Option> All() => [Rules];

    public ChangeRuleSet Load(ParseResult result) =>
        result.GetValue(Rules) is { } path ? ChangeRulesFile.Load(path) : ChangeRuleSet.Defaults;
}
