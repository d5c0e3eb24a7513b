using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Safety;

/// <summary>The bundled sample run, as a directory and as one raw file.</summary>
public static class SampleInputs
{
    public static string SampleRaw { get; } = Path.Combine(RepoPaths.Samples, "cpython-3.13", "stdlib-tests-tier2-off", "raw");

    /// <summary>All sample files in one raw file <c>all.txt</c>: larger than any sniffing buffer (the old code lost its first 4 KB).</summary>
    public static string OneRawFile(TempDirectory temp)
    {
        string path = temp.File("all.txt");
        File.WriteAllBytes(path, Directory.GetFiles(SampleRaw).Order(StringComparer.Ordinal).SelectMany(File.ReadAllBytes).ToArray());
        return path;
    }
}
