namespace PyStats.Report.Building;

/// <summary>The revision a report reproduces, and the evidence it was chosen on (shown in HTML/JSON headers).</summary>
public sealed record DialectChoice(ReportDialect Dialect, string Reason);
