using System.Globalization;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Numbers;

/// <summary>
/// Test cases whose expected strings were printed by CPython itself
/// (<c>Numbers/Data/generate_python_cases.py</c>), so the oracle is Python, not this code.
/// </summary>
public static class PythonCases
{
    public static string DataFile(string name) => Path.Combine(RepoPaths.Root, "tests", "PyStats.Tests", "Numbers", "Data", name);

    public static IEnumerable<string[]> Read(string name) =>
        File.ReadAllLines(DataFile(name)).Where(l => l.Length > 0).Select(l => l.Split('\t'));

    public static Int128 Int(string text) => Int128.Parse(text, CultureInfo.InvariantCulture);
}
