using PyStats.Report.Sanity;
using PyStats.Report.Significance;

namespace PyStats.Report.Building;

/// <summary>The inputs a report is built from; the first is the base of every comparison.</summary>
public sealed class BuildContext
{
    private readonly Lazy<IReadOnlyList<SignificantChange>> _findings;
    private readonly Lazy<IReadOnlyList<SanityIssue>> _sanity;

    public BuildContext(IReadOnlyList<StatsView> inputs, ReportDialect dialect, ReportOptions options, IReadOnlyList<string> labels)
    {
        Inputs = inputs;
        Dialect = dialect;
        Options = options;
        Labels = labels;
        _findings = new(() => inputs.Count > 1 ? SignificanceAnalyzer.Analyze(inputs, labels, options.Rules) : []);
        _sanity = new(() => inputs.SelectMany((view, i) => SanityChecker.Check(view, labels[i])).ToList());
    }

    public IReadOnlyList<StatsView> Inputs { get; }

    public StatsView Base => Inputs[0];

    public bool IsComparison => Inputs.Count > 1;

    public ReportDialect Dialect { get; }

    public ReportOptions Options { get; }

    /// <summary>Column-header labels of the inputs ("Base", "Head", or run names).</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Changes beyond the rules, each later input against the first, largest first.</summary>
    public IReadOnlyList<SignificantChange> Findings => _findings.Value;

    /// <summary>Consistency problems found in any input.</summary>
    public IReadOnlyList<SanityIssue> SanityIssues => _sanity.Value;
}
