using PyStats.Model;
using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Report.Sections;

/// <summary>
/// Every <c>Object …</c> counter in data order, with a ratio against its group total:
/// allocations, increfs, decrefs (whichever variants the build prints) and dict
/// materializations (against the revision's values-array counter).
/// </summary>
internal static class ObjectStatsSection
{
    private static string Doc(ReportDialect dialect) =>
        "Below, \"allocations\" means \"allocations that are not from a freelist\".\n" +
        "Total allocations = \"Allocations from freelist\" + \"Allocations\".\n" +
        "\n" +
        dialect.Wording.ValuesArrays + "\n" +
        "\n" +
        "The cache hit/miss numbers are for the MRO cache, split into dunder and\n" +
        "other names.";

    private static readonly string[] IncrefKeys =
    [
        "Object interpreter increfs", "Object increfs",
        "Object interpreter mortal increfs", "Object mortal increfs",
        "Object interpreter immortal increfs", "Object immortal increfs",
    ];

    private static readonly string[] DecrefKeys =
    [
        "Object interpreter decrefs", "Object decrefs",
        "Object interpreter mortal decrefs", "Object mortal decrefs",
        "Object interpreter immortal decrefs", "Object immortal decrefs",
    ];

    public static SectionSpec Create(ReportDialect dialect) => new(
        "Object stats",
        "Allocations, frees and dict materializatons",
        [new TableSpec("objects", Cells.CountRatio(string.Empty), Rows, JoinMode.Change)],
        Doc(dialect));

    private static IReadOnlyList<ReportRow> Rows(StatsView view)
    {
        var counters = view.Counters;
        Int128 materializations = counters.Get(view.Dialect.MaterializationDenominator);
        Int128 allocations = counters.Get("Object allocations") + counters.Get("Object allocations from freelist");
        Int128 increfs = Sum(counters, IncrefKeys);
        Int128 decrefs = Sum(counters, DecrefKeys);

        var rows = new OrderedCounter();
        var denominators = new Dictionary<string, Int128?>(StringComparer.Ordinal);
        foreach (var (key, value) in counters.Items)
        {
            if (!key.StartsWith("Object", StringComparison.Ordinal))
            {
                continue;
            }

            string label = key[6..].Trim();
            if (label.Length == 0)
            {
                continue;
            }

            label = char.ToUpperInvariant(label[0]) + label[1..];
            Int128? denominator =
                key.Contains("materialize", StringComparison.Ordinal) ? materializations
                : key.Contains("allocations", StringComparison.Ordinal) ? allocations
                : key.Contains("increfs", StringComparison.Ordinal) ? increfs
                : key.Contains("decrefs", StringComparison.Ordinal) ? decrefs
                : null;
            rows.Set(label, value);
            denominators[label] = denominator;
        }

        return rows.Items.Select(r => new ReportRow(Cells.Text(r.Key), Cells.Count(r.Value), Cells.Ratio(r.Value, denominators[r.Key]))).ToList();
    }

    private static Int128 Sum(CounterSet counters, string[] keys)
    {
        Int128 sum = 0;
        foreach (string key in keys)
        {
            sum += counters.Get(key);
        }

        return sum;
    }
}
