namespace PyStats.History.Output;

/// <summary>Where the store is when the command line does not say.</summary>
public static class HistoryDefaults
{
    /// <summary>The store in the current directory.</summary>
    public const string DatabaseFile = "pystats.duckdb";

    /// <summary>The environment variable naming the store.</summary>
    public const string DatabaseVariable = "PYSTATS_DB";

    public static string Database(string? option, Func<string, string?> getVariable) =>
        option ?? (getVariable(DatabaseVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : DatabaseFile);
}
