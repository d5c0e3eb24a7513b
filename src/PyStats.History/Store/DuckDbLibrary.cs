using System.Reflection;
using System.Runtime.InteropServices;

namespace PyStats.History.Store;

/// <summary>
/// Finds DuckDB's native library (about 70 MB) when a history command first needs it, and only
/// then: nothing else in pystats calls into it, so the other commands never load it. Looked for
/// in the <see cref="Candidates"/>, then by the runtime's own probing (the NuGet
/// <c>runtimes/RID/native</c> folder under <c>dotnet run</c> and the tests).
/// </summary>
public static class DuckDbLibrary
{
    public const string PathVariable = "PYSTATS_DUCKDB_LIB";

    /// <summary>The name DuckDB.NET imports its functions from.</summary>
    private const string ImportName = "duckdb";

    private static int _registered;

    /// <summary>The file name of the library on this platform (libduckdb.so, libduckdb.dylib, duckdb.dll).</summary>
    public static string FileName =>
        OperatingSystem.IsWindows() ? "duckdb.dll" : OperatingSystem.IsMacOS() ? "libduckdb.dylib" : "libduckdb.so";

    public static void EnsureResolver()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
        {
            return;
        }

        try
        {
            NativeLibrary.SetDllImportResolver(typeof(DuckDB.NET.Native.NativeMethods).Assembly, Resolve);
        }
        catch (InvalidOperationException)
        {
            // A resolver is already set for that assembly (a host did it): its choice stands.
        }
    }

    /// <summary>
    /// The places looked in, in order (agreed with the packaging, /work notes history-pack.md):
    /// <c>PYSTATS_DUCKDB_LIB</c> (the file, or a directory holding it); beside the executable
    /// (symlinks resolved); <c>../lib/pystats/</c> from the executable (where the history wheel
    /// installs it); beside the assemblies (<c>AppContext.BaseDirectory</c>).
    /// </summary>
    public static IEnumerable<string> Candidates(Func<string, string?> getVariable)
    {
        if (getVariable(PathVariable) is { Length: > 0 } configured)
        {
            yield return Directory.Exists(configured) ? Path.Combine(configured, FileName) : configured;
        }

        if (ExecutableDirectory() is { } directory)
        {
            yield return Path.Combine(directory, FileName);
            yield return Path.GetFullPath(Path.Combine(directory, "..", "lib", "pystats", FileName));
        }

        yield return Path.Combine(AppContext.BaseDirectory, FileName);
    }

    private static string? ExecutableDirectory()
    {
        if (Environment.ProcessPath is not { } path)
        {
            return null;
        }

        try
        {
            var target = File.ResolveLinkTarget(path, returnFinalTarget: true);
            return Path.GetDirectoryName(target?.FullName ?? path);
        }
        catch (IOException)
        {
            return Path.GetDirectoryName(path);
        }
    }

    /// <summary>The message for a library that could not be loaded.</summary>
    public static string NotFoundMessage(Exception e) =>
        $"cannot load DuckDB's native library {FileName}, which the history commands need (looked in: {string.Join(", ", Candidates(Environment.GetEnvironmentVariable).Distinct())}); install it with 'pip install cpython-pystats-history', put it beside the pystats executable, or set {PathVariable} to its path";

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != ImportName)
        {
            return IntPtr.Zero;
        }

        foreach (string candidate in Candidates(Environment.GetEnvironmentVariable))
        {
            if (File.Exists(candidate) && NativeLibrary.TryLoad(candidate, out IntPtr handle))
            {
                return handle;
            }
        }

        return IntPtr.Zero;
    }
}
