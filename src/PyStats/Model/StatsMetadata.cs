namespace PyStats.Model;

/// <summary>
/// What describes the CPython build beyond the counters: the specialized instruction names and
/// the two define tables. <see cref="Origin"/> says where each came from, for the report header
/// and error messages.
/// </summary>
public sealed class StatsMetadata
{
    public StatsMetadata(IReadOnlyList<string> specializedInstructions, DefineTable statsDefines, DefineTable defines, string origin)
    {
        SpecializedInstructions = specializedInstructions;
        SpecializedSet = new HashSet<string>(specializedInstructions, StringComparer.Ordinal);
        StatsDefines = statsDefines;
        Defines = defines;
        Origin = origin;
    }

    public static StatsMetadata Empty { get; } = new([], DefineTable.Empty, DefineTable.Empty, "none");

    /// <summary><c>_specialized_instructions</c>, in their original order.</summary>
    public IReadOnlyList<string> SpecializedInstructions { get; }

    public IReadOnlySet<string> SpecializedSet { get; }

    /// <summary><c>_stats_defines</c>: <c>EVAL_CALL_…</c> index → names.</summary>
    public DefineTable StatsDefines { get; }

    /// <summary><c>_defines</c>: <c>SPEC_FAIL_…</c> index → names.</summary>
    public DefineTable Defines { get; }

    public string Origin { get; }
}
