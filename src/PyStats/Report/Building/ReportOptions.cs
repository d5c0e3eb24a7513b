using PyStats.Report.Significance;

namespace PyStats.Report.Building;

/// <summary>Choices that change what the report contains.</summary>
public sealed record ReportOptions
{
    /// <summary>The "Stats gathered on" date.</summary>
    public DateOnly Date { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Forces a dialect instead of detecting it from the data.</summary>
    public ReportDialect? Dialect { get; init; }

    /// <summary>Labels of the inputs in column headers; defaults to Base/Head for two inputs.</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>
    /// The extended report: significant changes and sanity checks first, pair tables in
    /// comparisons, an "Other counters" section, and "new"/"gone" instead of "N / 0 !!".
    /// </summary>
    public bool Extended { get; init; }

    /// <summary>
    /// Start comparisons with the headline even when not <see cref="Extended"/> (the HTML page
    /// always has it; the plain Markdown report must stay CPython's, byte for byte).
    /// </summary>
    public bool Headline { get; init; }

    /// <summary>Thresholds for the significant changes.</summary>
    public ChangeRuleSet Rules { get; init; } = ChangeRuleSet.Defaults;
}
