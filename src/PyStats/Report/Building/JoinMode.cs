namespace PyStats.Report.Building;

/// <summary>How the tables of several inputs are joined into one comparison table.</summary>
public enum JoinMode
{
    /// <summary>All columns of every input side by side, no change column.</summary>
    Simple,

    /// <summary>All columns plus the change of the first value column; rows by |change|.</summary>
    Change,

    /// <summary>Only the first value column of each input plus the change; rows by |change|.</summary>
    ChangeOneColumn,

    /// <summary>As <see cref="Change"/>, keeping the joined row order (histograms).</summary>
    ChangeNoSort,
}
