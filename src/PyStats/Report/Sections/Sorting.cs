namespace PyStats.Report.Sections;

/// <summary>Helpers for Python-style stable descending sorts.</summary>
internal static class Sorting
{
    /// <summary>Descending by key; equal keys keep their input order (Python's sorted(reverse=True)).</summary>
    public static List<T> StableDescending<T>(IEnumerable<T> items, Func<T, Int128> key) =>
        items.OrderByDescending(key).ToList();
}
