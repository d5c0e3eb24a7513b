using PyStats.Report.Building;

namespace PyStats.Report.Sections;

/// <summary>The sections of CPython's report, in its order.</summary>
public static class CompatibleLayout
{
    public static IReadOnlyList<SectionSpec> Sections() =>
    [
        new SectionSpec(
            "Execution counts",
            "Execution counts for Tier 1 instructions.",
            [ExecutionCountTable.Spec("opcode")],
            "The \"miss ratio\" column shows the percentage of times the instruction\n" +
            "executed that it deoptimized. When this happens, the base unspecialized\n" +
            "instruction is not counted."),
        PairCountSection.Create("opcode", "opcode"),
        PredecessorSuccessorSection.Create(),
        SpecializationSection.Create(),
        EffectivenessSection.Create(),
        CallStatsSection.Create(),
        ObjectStatsSection.Create(),
        GcStatsSection.Create(),
        OptimizationSection.Create(),
        RareEventsSection.Create(),
        MetaStatsSection.Create(),
    ];
}
