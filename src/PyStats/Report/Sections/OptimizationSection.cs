using PyStats.Model;
using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Report.Sections;

/// <summary>
/// Tier 2: optimizer counters, JIT memory, histograms, uop execution and pairs, unsupported
/// opcodes. Present only when every input has <c>Optimization attempts</c>.
/// </summary>
internal static class OptimizationSection
{
    private static readonly (string Counter, string Label, string Doc, string? Denominator)[] OptimizationRows =
    [
        ("Optimization attempts", "Optimization attempts", "The number of times a potential trace is identified.  Specifically, this occurs in the JUMP BACKWARD instruction when the counter reaches a threshold.", null),
        ("Optimization traces created", "Traces created", "The number of traces that were successfully created.", "Optimization attempts"),
        ("Optimization trace stack overflow", "Trace stack overflow", "A trace is truncated because it would require more than 5 stack frames.", "Optimization attempts"),
        ("Optimization trace stack underflow", "Trace stack underflow", "A potential trace is abandoned because it pops more frames than it pushes.", "Optimization attempts"),
        ("Optimization trace too long", "Trace too long", "A trace is truncated because it is longer than the instruction buffer.", "Optimization attempts"),
        (TraceTooShortCounter, "Trace too short", string.Empty, "Optimization attempts"), // doc: ReportDialect wording
        ("Optimization inner loop", "Inner loop found", "A trace is truncated because it has an inner loop", "Optimization attempts"),
        ("Optimization recursive call", "Recursive call", "A trace is truncated because it has a recursive call.", "Optimization attempts"),
        ("Optimization low confidence", "Low confidence", "A trace is abandoned because the likelihood of the jump to top being taken is too low.", "Optimization attempts"),
        ("Optimization unknown callee", "Unknown callee", "A trace is abandoned because the target of a call is unknown.", "Optimization attempts"),
        ("Executors invalidated", "Executors invalidated", "The number of executors that were invalidated due to watched dictionary changes.", "Optimization traces created"),
        ("Optimization traces executed", "Traces executed", "The number of traces that were executed", null),
        ("Optimization uops executed", "Uops executed", "The total number of uops (micro-operations) that were executed", "Optimization traces executed"),
    ];

    private static readonly (string Counter, string Label, string Doc, string? Denominator)[] OptimizerRows =
    [
        ("Optimization optimizer attempts", "Optimizer attempts", "The number of times the trace optimizer (_Py_uop_analyze_and_optimize) was run.", null),
        ("Optimization optimizer successes", "Optimizer successes", "The number of traces that were successfully optimized.", "Optimization optimizer attempts"),
        ("Optimization optimizer failure no memory", "Optimizer no memory", "The number of optimizations that failed due to no memory.", "Optimization optimizer attempts"),
        ("Optimizer remove globals builtins changed", "Remove globals builtins changed", "The builtins changed during optimization", "Optimization optimizer attempts"),
        ("Optimizer remove globals incorrect keys", "Remove globals incorrect keys", "The keys in the globals dictionary aren't what was expected", "Optimization optimizer attempts"),
    ];

    private static readonly (string Counter, string Label, string Doc, string? Denominator)[] JitMemoryRows =
    [
        ("JIT total memory size", "Total memory size", "The total size of the memory allocated for the JIT traces", null),
        ("JIT code size", "Code size", "The size of the memory allocated for the code of the JIT traces", "JIT total memory size"),
        ("JIT trampoline size", "Trampoline size", "The size of the memory allocated for the trampolines of the JIT traces", "JIT total memory size"),
        ("JIT data size", "Data size", "The size of the memory allocated for the data of the JIT traces", "JIT total memory size"),
        ("JIT padding size", "Padding size", "The size of the memory allocated for the padding of the JIT traces", "JIT total memory size"),
        ("JIT freed memory size", "Freed memory size", "The size of the memory freed from the JIT traces", "JIT total memory size"),
    ];

    private static readonly (string Key, string Denominator)[] Histograms =
    [
        ("Trace length", "Optimization traces created"),
        ("Optimized trace length", "Optimization traces created"),
        ("Trace run length", "Optimization traces executed"),
    ];

    private const string TraceTooShortCounter = "Optimization trace too short";

    /// <summary>Every single counter the Tier 2 tables show (histograms aside).</summary>
    public static IEnumerable<string> KnownCounters =>
        OptimizationRows.Concat(OptimizerRows).Concat(JitMemoryRows).Select(r => r.Counter);

    public static SectionSpec Create() => new("Optimization (Tier 2) stats", "statistics about the Tier 2 optimizer", Parts);

    private static IEnumerable<PartSpec> Parts(BuildContext context)
    {
        if (!context.Inputs.All(i => i.Counters.Contains(CounterNames.OptimizationAttempts)))
        {
            yield break;
        }

        yield return new TableSpec("optimization", Cells.CountRatio(string.Empty), v => CounterRows(v, OptimizationRows), JoinMode.Change);
        if (context.Dialect.ShowsOptimizerTable)
        {
            yield return new TableSpec("optimizer", Cells.CountRatio(string.Empty), v => CounterRows(v, OptimizerRows), JoinMode.Change);
        }


        if (context.Inputs.Any(i => i.Counters.Contains(CounterNames.JitTotalMemory)))
        {
            yield return new SectionSpec(
                "JIT memory stats",
                "JIT memory stats",
                [new TableSpec("jit-memory", [Cells.Left(string.Empty), Cells.Right("Size (bytes)"), Cells.Right("Ratio")], v => CounterRows(v, JitMemoryRows), JoinMode.Change)]);
        }

        if (context.Inputs.Any(i => HistogramTable.Has(i.Counters, CounterNames.TraceTotalMemoryHistogram)))
        {
            // The script's column is "Count" without the right-alignment marker; kept for parity.
            yield return new SectionSpec(
                "JIT trace total memory histogram",
                "JIT trace total memory histogram",
                [new TableSpec("histogram", [Cells.Left("Size (bytes)"), Cells.Left("Count"), Cells.Right("Ratio")], v => HistogramTable.Rows(v, CounterNames.TraceTotalMemoryHistogram, null), JoinMode.ChangeNoSort)]);
        }

        foreach (var (key, denominator) in Histograms)
        {
            yield return new SectionSpec(
                $"{key} histogram",
                string.Empty,
                [new TableSpec("histogram", Cells.CountRatio("Range"), v => HistogramTable.Rows(v, key, denominator), JoinMode.ChangeNoSort)]);
        }

        yield return new SectionSpec("Uop execution stats", string.Empty, [ExecutionCountTable.Spec("uops")]);
        if (context.Dialect.ShowsUopPairCounts)
        {
            yield return PairCountSection.Create("uop", "Pair counts for top 100 Non-JIT uop pairs", context.Options.Extended);
        }

        yield return new SectionSpec(
            "Unsupported opcodes",
            string.Empty,
            [new TableSpec("unsupported", [Cells.Left("Opcode"), Cells.Right("Count")], v => OpcodeCountRows(v, "unsupported_opcode"), JoinMode.Change)]);
        if (!context.Dialect.ShowsOptimizerErrors)
        {
            yield break;
        }

        yield return new SectionSpec(
            "Optimizer errored out with opcode",
            "Optimization stopped after encountering this opcode",
            [new TableSpec("errors", [Cells.Left("Opcode"), Cells.Right("Count")], v => OpcodeCountRows(v, "error_in_opcode"), JoinMode.Change)]);
        yield return OptimizerExtrasTable.Create();
    }

    /// <summary>Rows for the counters the input has; a ratio needs its denominator counter too.</summary>
    private static IReadOnlyList<ReportRow> CounterRows(StatsView view, (string Counter, string Label, string Doc, string? Denominator)[] spec)
    {
        var rows = new List<ReportRow>();
        foreach (var (counter, label, doc, denominatorKey) in spec)
        {
            if (view.Counters.Find(counter) is not { } value)
            {
                continue;
            }

            ReportCell ratio = denominatorKey is null
                ? EmptyCell.Instance
                : Cells.Ratio(value, view.Counters.Find(denominatorKey));
            rows.Add(new ReportRow(new DocCell(label, counter == TraceTooShortCounter ? view.Dialect.Wording.TraceTooShort : doc), Cells.Count(value), ratio));
        }

        return rows;
    }

    private static IReadOnlyList<ReportRow> OpcodeCountRows(StatsView view, string prefix)
    {
        var counts = view.Opcodes(prefix).Records
            .Select(r => (r.Name, Count: r.Get(OpcodeFields.Count)))
            .Where(c => c.Count != 0);
        return Sorting.StableDescending(counts, c => c.Count)
            .Select(c => new ReportRow(Cells.Text(c.Name), Cells.Count(c.Count)))
            .ToList();
    }
}
