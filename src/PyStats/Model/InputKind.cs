namespace PyStats.Model;

public enum InputKind
{
    /// <summary>A directory of raw counter files, one per process.</summary>
    RawDirectory,

    /// <summary>A single raw counter file.</summary>
    RawFile,

    /// <summary>A merged JSON file (CPython's <c>--json-output</c>).</summary>
    Json,
}
