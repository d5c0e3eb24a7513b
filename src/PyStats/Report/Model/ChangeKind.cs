namespace PyStats.Report.Model;

/// <summary>What a change between two runs amounts to.</summary>
public enum ChangeKind
{
    /// <summary>No value on either side, or zero on both: nothing to show.</summary>
    None,

    /// <summary>A relative change of a non-zero base to a non-zero head.</summary>
    Number,

    /// <summary>Absent or zero in the base, present in the head.</summary>
    New,

    /// <summary>Present in the base, absent or zero in the head.</summary>
    Gone,
}
