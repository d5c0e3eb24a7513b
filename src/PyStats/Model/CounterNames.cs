namespace PyStats.Model;

/// <summary>Names of counters and JSON members that the code refers to directly.</summary>
public static class CounterNames
{
    public const string FileCount = "__nfiles__";
    public const string SpecializedInstructions = "_specialized_instructions";
    public const string StatsDefines = "_stats_defines";
    public const string Defines = "_defines";

    public const string OptimizationAttempts = "Optimization attempts";
    public const string JitTotalMemory = "JIT total memory size";
    public const string TraceTotalMemoryHistogram = "Trace total memory size";
}
