namespace PyStats.Report.Building;

/// <summary>The inputs a report is built from; the first is the base of every comparison.</summary>
public sealed class BuildContext
{
    public BuildContext(IReadOnlyList<StatsView> inputs, ReportDialect dialect, ReportOptions options)
    {
        Inputs = inputs;
        Dialect = dialect;
        Options = options;
    }

    public IReadOnlyList<StatsView> Inputs { get; }

    public StatsView Base => Inputs[0];

    public bool IsComparison => Inputs.Count > 1;

    public ReportDialect Dialect { get; }

    public ReportOptions Options { get; }
}
