namespace PyStats.Cli;

/// <summary>"1 input", "2 inputs": counts in messages agree with their nouns.</summary>
public static class Plural
{
    public static string Of(Int128 count, string singular, string? plural = null) =>
        $"{count} {(count == 1 ? singular : plural ?? singular + "s")}";
}
