namespace PyStats.History.Ingest;

/// <summary>
/// What the user says about the runs being ingested (<c>--commit</c>, <c>--date</c>, <c>--fork</c>,
/// <c>--flags</c>, <c>--label</c>): needed for loose files and raw directories, whose names say
/// nothing; when given they win over names and the JSON <c>metadata</c> member.
/// </summary>
public sealed record IngestOverrides
{
    public string? Commit { get; init; }

    public DateTimeOffset? Date { get; init; }

    public string? Fork { get; init; }

    public string? Flags { get; init; }

    public string? Label { get; init; }

    public static IngestOverrides None { get; } = new();
}
