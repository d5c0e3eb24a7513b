namespace PyStats.Report.Sections;

/// <summary>Helpers for Python-style stable descending sorts.</summary>
internal static class Sorting
{
    /// <summary>Descending by key; equal keys keep their input order (Python's sorted(reverse=True)).</summary>
    /// <remarks>Lazy, so a following <c>Take(n)</c> gets LINQ's stable partial sort instead of a full sort and copy.</remarks>
    public static IEnumerable<T> StableDescending<T>(IEnumerable<T> items, Func<T, Int128> key) =>
        items.OrderByDescending(key);
}
