namespace PyStats.Parsing;

/// <summary>A problem that did not stop loading, e.g. a skipped line.</summary>
public sealed record LoadWarning(string File, long Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
