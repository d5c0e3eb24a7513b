namespace PyStats.Report.Model;

/// <summary>A line of text inside a section, e.g. "Not included in comparative output.".</summary>
public sealed record ReportNote(string Text) : IReportPart;
