using PyStats.Report.Building;

namespace PyStats.Report.Sections;

/// <summary>The sections of the report: CPython's, in its order, and the extended additions.</summary>
public static class CompatibleLayout
{
    /// <param name="headline">Start with the headline (comparisons: extended reports and HTML pages).</param>
    public static IReadOnlyList<SectionSpec> Sections(ReportDialect dialect, bool extended, bool comparison, bool headline = false)
    {
        var sections = new List<SectionSpec>();
        if (headline && comparison)
        {
            sections.Add(Headline.HeadlineSection.Create());
        }

        if (extended)
        {
            if (comparison)
            {
                sections.Add(Significance.SignificantChangesSection.Create());
            }

            sections.Add(Sanity.SanitySection.Create());
        }

        sections.AddRange(CPythonSections(dialect, extended));
        if (extended)
        {
            sections.Add(OtherCountersSection.Create());
        }

        return sections;
    }

    private static List<SectionSpec> CPythonSections(ReportDialect dialect, bool extended)
    {
        List<SectionSpec> sections =
    [
        new SectionSpec(
            "Execution counts",
            "Execution counts for Tier 1 instructions.",
            [ExecutionCountTable.Spec("opcode")],
            "The \"miss ratio\" column shows the percentage of times the instruction\n" +
            "executed that it deoptimized. When this happens, the base unspecialized\n" +
            "instruction is not counted."),
        PairCountSection.Create("opcode", dialect.Wording.Tier1PairsSummary, comparative: extended),
        PredecessorSuccessorSection.Create(comparative: extended),
        SpecializationSection.Create(),
        EffectivenessSection.Create(),
        CallStatsSection.Create(),
        ObjectStatsSection.Create(dialect),
        GcStatsSection.Create(),
        OptimizationSection.Create(),
        FreeThreadingSection.Create(),
        RareEventsSection.Create(),
        MetaStatsSection.Create(),
    ];
        if (dialect.ShowsBinaryOpFailures)
        {
            // That branch's script printed its section just before the meta stats.
            sections.Insert(sections.FindIndex(s => s.Title == "Meta stats"), BinaryOpFailuresSection.Create());
        }

        return sections;
    }
}
