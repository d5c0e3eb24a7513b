namespace PyStats.Report.Building;

/// <summary>
/// The summarizer's revisions that change its output, oldest first: each is the previous one with
/// its change applied. Dates come from published reports (a pipeline prints a build's report with
/// that commit's own script and a comparison with <c>main</c>'s script of the day); where the
/// exact day is not known the entry says between which reports it lies.
/// </summary>
public static class ReportDialects
{
    /// <summary>The oldest revision reproduced: the script of 3.13.0a4+ builds.</summary>
    public static readonly ReportDialect Alpha4 = new()
    {
        Name = "3.13a4",
        Date = new DateOnly(2024, 2, 15),
        Changes = "Oldest reproduced (3.13.0a4+ builds; 3.13.0a4 release date): no optimizer table, no \"Optimizer errored out\" section, no uop pair counts; \"Tier 1 instructions\" pair summary; \"New values\" doc and denominator; \"abandoced\" typo; leading zero buckets kept",
        MaterializationDenominator = "Object new values",
        Wording = new DialectWording
        {
            Tier1PairsSummary = "Pair counts for top 100 Tier 1 instructions",
            TraceTooShort = "A potential trace is abandoced because it it too short.",
            ValuesArrays = "\"New values\" is the number of values arrays created for objects with\nmanaged dicts.",
        },
    };

    public static readonly ReportDialect OptimizerTable = Alpha4 with
    {
        Name = "optimizer-table",
        Date = new DateOnly(2024, 3, 12),
        Changes = "Optimizer attempts/successes table and \"Optimizer errored out with opcode\" section (approximate date: after the 3.13.0a4+ base, before the 2024-03-29 reports; its Tier 2 builds print \"Optimizer remove globals …\")",
        ShowsOptimizerTable = true,
        ShowsOptimizerErrors = true,
        CountersPrintedWith = [("Optimizer remove globals", "Optimization optimizer attempts")],
    };

    public static readonly ReportDialect InlineValues = OptimizerTable with
    {
        Name = "inline-values",
        Date = new DateOnly(2024, 4, 2),
        Changes = "\"Inline values\" replaces \"New values\": new doc text, dict materializations divided by Object inline values (reports of 2024-04-03 on)",
        MaterializationDenominator = "Object inline values",
        Wording = OptimizerTable.Wording with { ValuesArrays = "\"Inline values\" is the number of values arrays inlined into objects." },
        IntroducedCounters = ["Object inline values"],
        RetiredCounters = ["Object new values"],
        CountersPrintedWith = [],
    };

    public static readonly ReportDialect UopPairs = InlineValues with
    {
        Name = "uop-pairs",
        Date = new DateOnly(2024, 4, 16),
        Changes = "Tier 2 \"Pair counts\" table for uops; Tier 1 pair summary reads \"opcode pairs\" (commits of 2024-04-15 print neither, of 2024-04-16 both)",
        ShowsUopPairCounts = true,
        Wording = InlineValues.Wording with { Tier1PairsSummary = "Pair counts for top 100 opcode pairs" },
        IntroducedCounters = [],
        RetiredCounters = [],
        CountersPrintedWith = [],
    };

    /// <summary>The 3.13 branch's script as released (also main's until histograms were trimmed).</summary>
    public static readonly ReportDialect Python313 = UopPairs with
    {
        Name = "3.13",
        Date = new DateOnly(2024, 7, 2),
        Changes = "\"abandoned\" spelt right (approximate date: the last report with the typo is of 2024-07-01); the 3.13 branch's script",
        Wording = UopPairs.Wording with { TraceTooShort = "A potential trace is abandoned because it it too short." },
    };

    /// <summary>Today's main: histograms drop leading zero buckets; GET_ITER failures named as ITER.</summary>
    public static readonly ReportDialect Python315 = Python313 with
    {
        Name = "3.15",
        Date = new DateOnly(2025, 6, 1),
        Changes = "Histograms drop leading zero buckets; GET_ITER failure kinds named from SPEC_FAIL_ITER_… (approximate date: after the January 2025 3.14 reports, which keep zero buckets)",
        TrimsLeadingZeroBuckets = true,
        GetIterUsesIterFailureNames = true,
    };

    /// <summary>A pull-request branch (faster-cpython, April 2024) that counted binary-op failures.</summary>
    public static readonly ReportDialect BinaryOpFailures = InlineValues with
    {
        Name = "binary-op-failures",
        Date = new DateOnly(2024, 4, 4),
        Changes = "Pull-request branch only (faster-cpython, 2024-04-04): a \"Binary op specialization failures\" section from Binary specialization failure[N] counters",
        Mainline = false,
        ShowsBinaryOpFailures = true,
        IntroducedCounters = ["Binary specialization failure["],
        RetiredCounters = [],
    };

    /// <summary>Every revision, oldest first (pull-request-only ones after the one they branched from).</summary>
    public static IReadOnlyList<ReportDialect> All { get; } = [Alpha4, OptimizerTable, InlineValues, BinaryOpFailures, UopPairs, Python313, Python315];

    /// <summary>Upstream main's revisions, oldest first.</summary>
    public static IReadOnlyList<ReportDialect> Mainline { get; } = All.Where(d => d.Mainline).ToList();

    public static ReportDialect Latest => Mainline[^1];

    /// <summary>The revision of each CPython version's own branch (the newest script that version's builds carry).</summary>
    public static ReportDialect? ForVersion(string? version) => version switch
    {
        "3.12" => Alpha4,
        "3.13" or "3.14" => Python313,
        null => null,
        _ => Version.TryParse(version, out var v) && v >= new Version(3, 15) ? Python315 : null,
    };

    /// <summary>Main's revision in force on a day.</summary>
    public static ReportDialect InForceOn(DateOnly date) => Mainline.LastOrDefault(d => d.Date <= date) ?? Mainline[0];

    public static ReportDialect? Named(string name) => All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal));

    /// <summary>Position on main's line (a branch-only revision sits where it branched).</summary>
    public static int Rank(ReportDialect dialect) =>
        dialect.Mainline ? IndexOf(dialect) : IndexOf(Mainline.Last(d => d.Date <= dialect.Date));

    private static int IndexOf(ReportDialect dialect)
    {
        for (int i = 0; i < Mainline.Count; i++)
        {
            if (ReferenceEquals(Mainline[i], dialect))
            {
                return i;
            }
        }

        return -1;
    }
}
