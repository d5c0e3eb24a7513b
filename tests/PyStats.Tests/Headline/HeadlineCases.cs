using PyStats.Model;
using PyStats.Parsing;
using PyStats.Report.Building;
using PyStats.Report.Model;
using PyStats.Report.Significance;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Headline;

/// <summary>The corpus stdlib runs (Tier 2 off vs on) and rules that make several changes fail.</summary>
internal static class HeadlineCases
{
    public static string Off => Path.Combine(RepoPaths.Corpus, "cpython-3.13/stdlib-tests-tier2-off/expected.json");

    public static string On => Path.Combine(RepoPaths.Corpus, "cpython-3.13/stdlib-tests-tier2-on/expected.json");

    /// <summary>
    /// Instruction-share moves of LOAD_* instructions fail at 0.5 pts, STORE_ATTR's miss ratio at
    /// 0.1 pts; at most 5 listed: more changes fail than that, and several rank below warnings by size.
    /// </summary>
    public const string FailingRules = """
        { "max_listed": 5, "rules": [
          { "metric": "instruction-share", "subject": "LOAD_*", "threshold": 0.5, "fail": true, "min_count": 10000 },
          { "metric": "family-miss-ratio", "subject": "STORE_ATTR", "threshold": 0.1, "fail": true } ] }
        """;

    public static StatsData Load(string path) => StatsLoader.Load(path, new LoadOptions()).Data;

    public static ReportDocument Build(bool extended, ChangeRuleSet? rules = null, bool headline = false) =>
        ReportBuilder.Build([Load(Off), Load(On)], new ReportOptions { Extended = extended, Headline = headline, Rules = rules ?? ChangeRuleSet.Defaults, Date = new DateOnly(2025, 12, 8) });

    public static ChangeRuleSet Rules(TempDirectory temp) => ChangeRulesFile.Load(temp.Write("rules.json", FailingRules));

    public static IEnumerable<ReportTable> Tables(ReportSection section) =>
        section.Parts.SelectMany(p => p switch
        {
            ReportTable t => [t],
            ReportSection s => Tables(s),
            _ => [],
        });

    public static ReportTable Table(ReportDocument document, string id) =>
        document.Sections.SelectMany(Tables).Single(t => t.Id == id);
}
