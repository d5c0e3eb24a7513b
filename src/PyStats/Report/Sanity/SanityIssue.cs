namespace PyStats.Report.Sanity;

/// <summary>Numbers in one input that cannot all be right.</summary>
public sealed record SanityIssue(string Input, string Check, string Detail)
{
    public override string ToString() => $"{Input}: {Check}: {Detail}";
}
