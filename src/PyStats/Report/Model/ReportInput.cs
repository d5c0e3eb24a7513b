namespace PyStats.Report.Model;

/// <summary>What the header of a report says about one input.</summary>
public sealed record ReportInput(string Label, string Source, string Kind, Int128 FileCount, string? CPythonVersion, string MetadataOrigin);
