namespace PyStats.Report.Building;

public static class ReportDialectNames
{
    public static string Name(this ReportDialect dialect) => dialect switch
    {
        ReportDialect.Python313 => "3.13",
        ReportDialect.Python315 => "3.15",
        _ => throw new ArgumentOutOfRangeException(nameof(dialect)),
    };

    public static bool TryParse(string text, out ReportDialect dialect)
    {
        switch (text.Trim())
        {
            case "3.13":
                dialect = ReportDialect.Python313;
                return true;
            case "3.14":
            case "3.15":
                dialect = ReportDialect.Python315;
                return true;
            default:
                dialect = default;
                return false;
        }
    }
}
