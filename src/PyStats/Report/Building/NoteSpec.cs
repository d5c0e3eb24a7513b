using PyStats.Report.Model;

namespace PyStats.Report.Building;

/// <summary>A line of text in a section.</summary>
public sealed class NoteSpec : PartSpec
{
    public NoteSpec(string text) => Text = text;

    public string Text { get; }

    public ReportNote Build() => new(Text);
}
