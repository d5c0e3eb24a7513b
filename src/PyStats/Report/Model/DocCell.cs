namespace PyStats.Report.Model;

/// <summary>A label with an explanation (the ⓘ of the Markdown report).</summary>
public sealed record DocCell(string Text, string Doc) : ReportCell
{
    public override string JoinKey => Text + "\u0000" + Doc;
}
