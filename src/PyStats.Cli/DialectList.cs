using System.Globalization;
using PyStats.Report.Building;

namespace PyStats.Cli;

/// <summary><c>pystats --list-dialects</c>: the summarizer revisions, oldest first, one per line.</summary>
internal static class DialectList
{
    public static void Write(TextWriter output)
    {
        int width = ReportDialects.All.Max(d => d.Name.Length);
        foreach (var dialect in ReportDialects.All)
        {
            string line = string.Create(
                CultureInfo.InvariantCulture,
                $"{dialect.Name.PadRight(width)}  {dialect.Date:yyyy-MM-dd}  {(dialect.Mainline ? "main  " : "branch")}  {dialect.Changes}");
            output.Write(line + "\n");
        }
    }
}
