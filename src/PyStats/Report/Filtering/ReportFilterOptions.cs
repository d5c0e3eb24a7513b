namespace PyStats.Report.Filtering;

/// <summary>What <see cref="ReportFilter"/> keeps of a report. The defaults keep everything.</summary>
public sealed record ReportFilterOptions
{
    public static ReportFilterOptions None { get; } = new();

    /// <summary>Top-level sections to keep, by title or id (case-insensitive); empty keeps all.</summary>
    public IReadOnlyList<string> Sections { get; init; } = [];

    /// <summary>Keep at most this many rows of every table (at least 1); null keeps all.</summary>
    public int? Top { get; init; }

    /// <summary>
    /// In comparisons, drop rows whose every change is a number below this many percent in
    /// absolute value; null keeps all.
    /// </summary>
    public double? MinChangePercent { get; init; }

    public bool KeepsEverything => Sections.Count == 0 && Top is null && MinChangePercent is null;
}
