namespace PyStats.Parsing;

/// <summary>Where metadata comes from when the input does not carry it.</summary>
public sealed record LoadOptions
{
    /// <summary>A CPython checkout to read metadata from (<c>--cpython-source</c>).</summary>
    public string? CPythonSource { get; init; }

    /// <summary>Use this version's built-in metadata instead of detecting it (<c>--cpython-version</c>).</summary>
    public string? CPythonVersion { get; init; }

    /// <summary>Opens standard input, for the input named <c>-</c>.</summary>
    public Func<Stream>? StandardInput { get; init; }

    /// <summary>Reports progress while reading a directory (files done, files in all).</summary>
    public Action<int, int>? Progress { get; init; }
}
