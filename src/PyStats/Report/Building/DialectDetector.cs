using PyStats.Model;

namespace PyStats.Report.Building;

/// <summary>
/// Decides the dialect from the data: counters only the newer builds print (the JIT memory
/// counters), or built-in metadata chosen for 3.14 and later.
/// </summary>
public static class DialectDetector
{
    public static ReportDialect Detect(IEnumerable<StatsData> inputs)
    {
        foreach (var data in inputs)
        {
            if (data.Counters.Contains(CounterNames.JitTotalMemory))
            {
                return ReportDialect.Python315;
            }

            if (data.CPythonVersion is { } v && Version.TryParse(v, out var parsed) && parsed >= new Version(3, 14))
            {
                return ReportDialect.Python315;
            }
        }

        return ReportDialect.Python313;
    }
}
