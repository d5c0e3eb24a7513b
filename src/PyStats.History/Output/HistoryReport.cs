using PyStats.Report.Model;

namespace PyStats.History.Output;

/// <summary>
/// What a history command prints: a title, notes, one table of typed cells (the report model's
/// cells, so numbers look as in every other report) and, for trends, a time chart. Renderers
/// only format it.
/// </summary>
public sealed record HistoryReport(string Title, IReadOnlyList<string> Notes, ReportTable Table)
{
    public TimeChart? Chart { get; init; }
}
