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
}
