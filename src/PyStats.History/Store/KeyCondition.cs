namespace PyStats.History.Store;

/// <summary>A SQL condition on the <c>keys</c> table (column <c>key</c>) with its parameters.</summary>
public sealed record KeyCondition(string Sql, IReadOnlyList<object?> Parameters)
{
    public static KeyCondition Exactly(string key) => new("key = ?", [key]);

    /// <summary>Keys starting with any of the prefixes, except pair counts and failure kinds (no metric reads those).</summary>
    public static KeyCondition Prefixes(params string[] prefixes) => new(
        "(" + string.Join(" OR ", prefixes.Select(_ => "starts_with(key, ?)")) + ") AND NOT contains(key, '.pair_count[') AND NOT contains(key, '.failure_kinds[')",
        prefixes);
}
