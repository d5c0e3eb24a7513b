namespace PyStats.Report.Model;

/// <summary>A label: an instruction name, a counter description, a histogram range.</summary>
public sealed record TextCell(string Text) : ReportCell
{
    public override string JoinKey => Text;
}
