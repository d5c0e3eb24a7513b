namespace PyStats.Numbers;

/// <summary>"1 input", "2 inputs": counts in messages and notes agree with their nouns.</summary>
public static class Plural
{
    /// <param name="plural">The plural when it is not <paramref name="singular"/> + "s" ("entries").</param>
    public static string Of(Int128 count, string singular, string? plural = null) =>
        $"{count} {Noun(count, singular, plural)}";

    /// <summary>The noun alone, for a count written apart ("1,024 of 2,048 files").</summary>
    public static string Noun(Int128 count, string singular, string? plural = null) =>
        count == 1 ? singular : plural ?? singular + "s";
}
