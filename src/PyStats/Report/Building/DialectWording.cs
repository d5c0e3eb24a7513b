namespace PyStats.Report.Building;

/// <summary>Texts that changed between revisions of the summarizer (facts of what each printed).</summary>
public sealed record DialectWording
{
    /// <summary>The <c>&lt;summary&gt;</c> of the Tier 1 pair-count section.</summary>
    public required string Tier1PairsSummary { get; init; }

    /// <summary>The ⓘ text of the "Trace too short" row (mid-2024 scripts misspelt it).</summary>
    public required string TraceTooShort { get; init; }

    /// <summary>The object stats doc paragraph about values arrays.</summary>
    public required string ValuesArrays { get; init; }
}
