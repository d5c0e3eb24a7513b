using PyStats.Model;
using PyStats.Report.Building;
using PyStats.Report.Model;

namespace PyStats.Report.Sections;

/// <summary>
/// One subsection per specializable family (alphabetical) with hit/deferred/miss counts,
/// specialization attempts that succeeded or failed, and why they failed.
/// </summary>
internal static class SpecializationSection
{
    private static readonly Dictionary<string, string> KindDocs = new(StringComparer.Ordinal)
    {
        ["deferred"] = "Lists the number of \"deferred\" (i.e. not specialized) instructions executed.",
        ["hit"] = "Specialized instructions that complete.",
        ["miss"] = "Specialized instructions that deopt.",
        ["deopt"] = "Specialized instructions that deopt.",
    };

    public static SectionSpec Create() => new("Specialization stats", "Specialization stats by family", Families);

    /// <summary>hit + miss + execution_count of a family: the denominator of its kind table.</summary>
    public static Int128 Total(OpcodeRecord record) =>
        record.Get(OpcodeFields.Hit) + record.Get(OpcodeFields.Miss) + record.Get(OpcodeFields.ExecutionCount);

    private static IEnumerable<PartSpec> Families(BuildContext context)
    {
        var baseView = context.Base.Tier1;
        var names = baseView.Records.Select(r => r.Name).ToList();
        foreach (var other in context.Inputs.Skip(1))
        {
            var otherView = other.Tier1;
            names = names.Where(otherView.Contains).ToList();
        }

        names.Sort(StringComparer.Ordinal);
        foreach (string family in names)
        {
            if (!baseView[family]!.IsSpecializable)
            {
                continue;
            }

            if (context.Inputs.All(i => Total(i.Tier1[family]!) == 0))
            {
                continue;
            }

            yield return new SectionSpec(
                family,
                $"specialization stats for {family} family",
                [
                    new TableSpec("kinds", Cells.CountRatio("Kind"), v => KindRows(v, family), JoinMode.Change),
                    new TableSpec("success", Cells.CountRatio("Success"), v => SuccessRows(v, family), JoinMode.Change),
                    new TableSpec("failure-kinds", Cells.CountRatio("Failure kind"), v => FailureKindRows(v, family), JoinMode.Change),
                ]);
        }
    }

    private static IReadOnlyList<ReportRow> KindRows(StatsView view, string family)
    {
        if (view.Tier1[family] is not { } record)
        {
            return [];
        }

        Int128 total = Total(record);
        var rows = new List<ReportRow>();
        foreach (var (field, value) in record.Items.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            string label;
            if (field.StartsWith(OpcodeFields.SpecializationPrefix, StringComparison.Ordinal))
            {
                label = field[OpcodeFields.SpecializationPrefix.Length..];
                if (label is "success" or "failure" || label.StartsWith("failure_kinds", StringComparison.Ordinal))
                {
                    continue;
                }
            }
            else if (field is OpcodeFields.ExecutionCount or OpcodeFields.Specializable || field.StartsWith("pair", StringComparison.Ordinal))
            {
                continue;
            }
            else
            {
                label = field;
            }

            rows.Add(new ReportRow(Cells.Label(label, KindDocs.GetValueOrDefault(label)), Cells.Count(value), Cells.Ratio(value, total)));
        }

        return rows;
    }

    private static IReadOnlyList<ReportRow> SuccessRows(StatsView view, string family)
    {
        if (view.Tier1[family] is not { } record)
        {
            return [];
        }

        Int128 success = record.Get(OpcodeFields.Success);
        Int128 failure = record.Get(OpcodeFields.Failure);
        Int128 total = success + failure;
        if (total == 0)
        {
            return [];
        }

        return
        [
            new ReportRow(Cells.Text("Success"), Cells.Count(success), Cells.Ratio(success, total)),
            new ReportRow(Cells.Text("Failure"), Cells.Count(failure), Cells.Ratio(failure, total)),
        ];
    }

    private static IReadOnlyList<ReportRow> FailureKindRows(StatsView view, string family)
    {
        if (view.Tier1[family] is not { } record)
        {
            return [];
        }

        // Index → count; a repeated index keeps the last value, as the script's list assignment does.
        var byIndex = new SortedDictionary<long, Int128>();
        foreach (var (field, value) in record.Items)
        {
            if (field.StartsWith(OpcodeFields.FailureKindPrefix, StringComparison.Ordinal) && TryKindIndex(field, out long index))
            {
                byIndex[index] = value;
            }
        }

        // Label → count in index order; two kinds with the same label keep the first position and the last value.
        var labelled = new OrderedCounter();
        foreach (var (index, value) in byIndex)
        {
            if (value != 0)
            {
                labelled.Set(FailureKindNames.Label(index, family, view.Metadata.Defines, view.Dialect), value);
            }
        }

        Int128 total = record.Get(OpcodeFields.Failure);
        return Sorting.StableDescending(labelled.Items.Where(i => i.Value != 0), i => i.Value)
            .Select(i => new ReportRow(Cells.Text(i.Key), Cells.Count(i.Value), Cells.Ratio(i.Value, total)))
            .ToList();
    }

    /// <summary>"specialization.failure_kinds[12]" → 12.</summary>
    private static bool TryKindIndex(string field, out long index)
    {
        int open = field.IndexOf('[');
        index = 0;
        return open >= 0 && field.EndsWith(']') && long.TryParse(field.AsSpan(open + 1, field.Length - open - 2), out index) && index >= 0;
    }
}
