using PyStats.Numbers;

namespace PyStats.Report.Model;

/// <summary>
/// The relative change of a value from a base run to another run: (head − base) / base.
/// A side is null when that run has no such row.
/// </summary>
public sealed record ChangeCell(Int128? Base, Int128? Head) : ReportCell
{
    public override string JoinKey => string.Empty;

    /// <summary>The threshold (percent) of the rule this change was measured against, if any; see <see cref="Importance"/>.</summary>
    public double? Threshold { get; init; }

    public bool IsAvailable => Base is not null && Head is not null;

    public Int128 Difference => (Head ?? 0) - (Base ?? 0);

    /// <summary>The relative change, or null when a side is missing or the base is zero.</summary>
    public double? Value => Base is { } b && Head is { } h && b != 0 ? PythonDivision.Divide(h - b, b) : null;

    public ChangeKind Kind
    {
        get
        {
            bool hasBase = Base is { } b && b != 0;
            bool hasHead = Head is { } h && h != 0;
            return (hasBase, hasHead) switch
            {
                (true, true) => ChangeKind.Number,
                (false, true) => ChangeKind.New,
                (true, false) => ChangeKind.Gone,
                _ => ChangeKind.None,
            };
        }
    }

    /// <summary>
    /// The number comparisons sort by (descending absolute value): the relative change, or 0 when
    /// there is none. CPython's script treats "no change" and "N / 0" the same way.
    /// </summary>
    public double SortKey => Math.Abs(Value ?? 0.0);
}
