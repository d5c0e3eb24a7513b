using PyStats.Model;

namespace PyStats.Report.Building;

/// <summary>
/// Decides the dialect from the data: counters only the newer builds print (the JIT memory
/// counters), or built-in metadata chosen for 3.15.
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

            // "3.14" is detected only for mid-2024 data (3.13's tables plus LOAD_SPECIAL), which the
            // 3.13-era script printed; later 3.14 data carries 3.15's markers and is detected as 3.15.
            if (data.CPythonVersion is { } v && Version.TryParse(v, out var parsed) && parsed >= new Version(3, 15))
            {
                return ReportDialect.Python315;
            }
        }

        return ReportDialect.Python313;
    }
}
