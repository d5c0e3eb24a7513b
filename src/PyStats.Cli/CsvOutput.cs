using PyStats.Rendering.Csv;
using PyStats.Report.Model;

namespace PyStats.Cli;

/// <summary><c>--format csv</c>: one file per table into the directory given by <c>-o</c>.</summary>
public static class CsvOutput
{
    public static void Write(ReportDocument document, string? directory, CliEnvironment env)
    {
        if (directory is null || directory == "-")
        {
            throw new UsageException("--format csv writes a directory of files (one per table), which cannot go to stdout: give the directory with -o DIR");
        }

        if (File.Exists(directory))
        {
            throw new OutputException($"{directory}: cannot write the CSV files: it is a file; -o takes a directory for --format csv");
        }

        try
        {
            new CsvDirectoryWriter().Write(document, directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"{directory}: cannot write the CSV files: {e.Message}");
        }
    }
}
