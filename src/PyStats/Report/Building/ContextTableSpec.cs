using PyStats.Report.Model;

namespace PyStats.Report.Building;

/// <summary>
/// A table computed from all inputs at once (a summary across runs), not once per input and
/// joined like <see cref="TableSpec"/>.
/// </summary>
public sealed class ContextTableSpec : PartSpec
{
    public ContextTableSpec(string name, Func<BuildContext, ReportTable?> build)
    {
        Name = name;
        Build = build;
    }

    public string Name { get; }

    /// <summary>Builds the table (its id is replaced by the builder); null for no table.</summary>
    public Func<BuildContext, ReportTable?> Build { get; }
}
