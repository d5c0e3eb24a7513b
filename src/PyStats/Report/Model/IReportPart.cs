namespace PyStats.Report.Model;

/// <summary>Something a section contains: a table, a nested section or a note.</summary>
public interface IReportPart
{
}
