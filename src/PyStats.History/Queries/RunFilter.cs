namespace PyStats.History.Queries;

/// <summary>Which runs a history command looks at. Null fields do not filter.</summary>
public sealed record RunFilter
{
    public string? Fork { get; init; }

    /// <summary>Flags, e.g. <c>PYTHON_UOPS</c>, <c>JIT</c> or <c>default</c>.</summary>
    public string? Flags { get; init; }

    public string? Benchmark { get; init; }

    /// <summary>Runs whose commit date is on or after this day (UTC).</summary>
    public DateOnly? Since { get; init; }

    public static RunFilter All { get; } = new();

    /// <summary>The SQL condition on the <c>runs</c> table and its parameters, in order.</summary>
    public (string Where, IReadOnlyList<object?> Parameters) ToSql()
    {
        var conditions = new List<string>();
        var parameters = new List<object?>();
        if (Fork is not null)
        {
            conditions.Add("fork = ?");
            parameters.Add(Fork);
        }

        if (Flags is not null)
        {
            conditions.Add("flags = ?");
            parameters.Add(Flags);
        }

        if (Benchmark is not null)
        {
            conditions.Add("benchmark = ?");
            parameters.Add(Benchmark);
        }

        if (Since is { } since)
        {
            conditions.Add("commit_date >= ?");
            parameters.Add(since.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        }

        return (conditions.Count == 0 ? "TRUE" : string.Join(" AND ", conditions), parameters);
    }
}
