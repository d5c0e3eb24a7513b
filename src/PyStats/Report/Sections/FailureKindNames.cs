using PyStats.Model;
using PyStats.Report.Building;

namespace PyStats.Report.Sections;

/// <summary>
/// Names a specialization failure kind from the <c>SPEC_FAIL_…</c> defines. Kinds 0–8 are shared
/// by all families; higher kinds are per family and are found by the family's define prefix.
/// </summary>
internal static class FailureKindNames
{
    public const long LastCommonKind = 8;

    public static string Label(long kind, string family, DefineTable defines, ReportDialect dialect)
    {
        var names = defines.Names(kind);
        if (kind <= LastCommonKind)
        {
            return names is { Count: > 0 } ? Pretty(names[0]) : $"kind {kind}";
        }

        string prefix = DefinePrefix(family, dialect);
        if (names is not null)
        {
            foreach (string name in names)
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return Pretty(name.Length > prefix.Length ? name[(prefix.Length + 1)..] : string.Empty);
                }
            }
        }

        return $"kind {kind}";
    }

    public static string DefinePrefix(string family, ReportDialect dialect)
    {
        if (family == "LOAD_SUPER_ATTR")
        {
            return "SUPER";
        }

        if (family.EndsWith("ATTR", StringComparison.Ordinal))
        {
            return "ATTR";
        }

        if (family is "FOR_ITER" or "SEND" || (family == "GET_ITER" && dialect.GetIterUsesIterFailureNames))
        {
            return "ITER";
        }

        if (family.EndsWith("SUBSCR", StringComparison.Ordinal))
        {
            return "SUBSCR";
        }

        return family;
    }

    /// <summary>"NOT_MANAGED_DICT" → "not managed dict".</summary>
    public static string Pretty(string name) => name.Replace('_', ' ').ToLowerInvariant();
}
