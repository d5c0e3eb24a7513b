using PyStats.Parsing;

namespace PyStats.IO;

/// <summary>Reads whole input files, turning I/O failures into one clear input error.</summary>
public static class InputFiles
{
    /// <param name="what">What the file is, for the message ("the file", "the rules file"…).</param>
    public static byte[] ReadAllBytes(string path, string what = "the file") => Read(path, what, File.ReadAllBytes);

    public static string[] ReadAllLines(string path, string what = "the file") => Read(path, what, File.ReadAllLines);

    private static T Read<T>(string path, string what, Func<string, T> read)
    {
        try
        {
            return read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // .NET says "access denied" for a directory, which sends the user after permissions.
            string why = Directory.Exists(path) ? "it is a directory" : e.Message;
            throw new StatsInputException($"{path}: cannot read {what}: {why}");
        }
    }
}
