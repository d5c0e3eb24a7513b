namespace PyStats.Report.Building;

/// <summary>
/// One revision of CPython's summarizer (<c>Tools/scripts/summarize_stats.py</c>): the date it
/// took effect and everything about its output that differs from its neighbours. Sections and
/// renderers ask these properties, never a version number. The revisions themselves are listed
/// in <see cref="ReportDialects"/>; <see cref="DialectDetector"/> picks one from the data.
/// </summary>
public sealed record ReportDialect
{
    /// <summary>What <c>--dialect</c> accepts and the report header shows.</summary>
    public required string Name { get; init; }

    /// <summary>The day this revision's change reached the script (UTC).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>One line: what this revision changed in the output, and how its date is known.</summary>
    public required string Changes { get; init; }

    /// <summary>
    /// False for a script that only a pull-request branch had (never upstream <c>main</c>); such a
    /// revision is chosen only by counters that only it knows, never by a date.
    /// </summary>
    public bool Mainline { get; init; } = true;

    /// <summary>Histograms drop their leading zero buckets (every revision drops trailing ones).</summary>
    public bool TrimsLeadingZeroBuckets { get; init; }

    /// <summary><c>GET_ITER</c> failure kinds are named from the <c>SPEC_FAIL_ITER_…</c> defines.</summary>
    public bool GetIterUsesIterFailureNames { get; init; }

    /// <summary>The Tier 2 "Optimizer attempts / successes / no memory" table is printed.</summary>
    public bool ShowsOptimizerTable { get; init; }

    /// <summary>The "Optimizer errored out with opcode" section is printed.</summary>
    public bool ShowsOptimizerErrors { get; init; }

    /// <summary>The Tier 2 section has a "Pair counts" table for uop pairs.</summary>
    public bool ShowsUopPairCounts { get; init; }

    /// <summary>The "Binary op specialization failures" section (a pull-request branch's script).</summary>
    public bool ShowsBinaryOpFailures { get; init; }

    /// <summary>Denominator of the "Materialize dict" rows of the object stats.</summary>
    public required string MaterializationDenominator { get; init; }

    public required DialectWording Wording { get; init; }

    /// <summary>Counters (substrings of keys) that builds of this revision and later print, earlier ones never.</summary>
    public IReadOnlyList<string> IntroducedCounters { get; init; } = [];

    /// <summary>Counters (substrings of keys) that only builds before this revision print.</summary>
    public IReadOnlyList<string> RetiredCounters { get; init; } = [];

    /// <summary>
    /// Pairs (Counter, WhenPresent): builds of this revision and later that print WhenPresent also
    /// print Counter, so data with WhenPresent but without Counter is older.
    /// </summary>
    public IReadOnlyList<(string Counter, string WhenPresent)> CountersPrintedWith { get; init; } = [];

    public override string ToString() => Name;
}
