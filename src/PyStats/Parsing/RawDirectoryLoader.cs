using System.Buffers;
using System.Text.Unicode;
using Microsoft.Win32.SafeHandles;
using PyStats.Model;

namespace PyStats.Parsing;

/// <summary>
/// Loads a directory of raw counter files: files in ordinal name order, values summed per key,
/// keys in order of first appearance, and the <c>__nfiles__</c> pseudo-counter right after the
/// first file's keys. Files are parsed in parallel, each worker into its own accumulator; one
/// file's bytes at a time per worker are held in memory.
/// </summary>
public sealed class RawDirectoryLoader
{
    public const string CollectHint =
        "A CPython built with --enable-pystats writes one file per process there when run with PYTHONSTATS=1 (or -X pystats).";

    /// <summary>Called after each file with the number of files done (from any thread).</summary>
    public Action<int, int>? Progress { get; init; }

    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    public static IReadOnlyList<string> ListFiles(string directory)
    {
        var files = Directory.EnumerateFiles(directory)
            .Select(path => (Path: path, Name: Path.GetFileName(path)))
            .ToList();
        files.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return files.Select(f => f.Path).ToList();
    }

    public (CounterSet Counters, IReadOnlyList<LoadWarning> Warnings) LoadDirectory(string directory)
    {
        IReadOnlyList<string> files;
        try
        {
            files = ListFiles(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StatsInputException($"{directory}: cannot list the directory: {e.Message}");
        }

        if (files.Count == 0)
        {
            throw new StatsInputException($"{directory}: no counter files found. {CollectHint}");
        }

        return LoadFiles(files);
    }

    public (CounterSet Counters, IReadOnlyList<LoadWarning> Warnings) LoadFiles(IReadOnlyList<string> files)
    {
        var total = new CounterAccumulator();
        var warnings = new List<LoadWarning>();
        StatsInputException? firstError = null;
        long firstErrorFile = long.MaxValue;
        int done = 0;
        var sync = new object();

        Parallel.For(
            0,
            files.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, MaxDegreeOfParallelism) },
            () => new Worker(),
            (index, state, worker) =>
            {
                try
                {
                    worker.ParseFile(files[index], index);
                }
                catch (StatsInputException e)
                {
                    lock (sync)
                    {
                        // Report the error of the first file in name order, whatever thread saw it.
                        if (index < firstErrorFile)
                        {
                            firstError = e;
                            firstErrorFile = index;
                        }
                    }

                    state.Stop();
                }

                int count = Interlocked.Increment(ref done);
                Progress?.Invoke(count, files.Count);
                return worker;
            },
            worker =>
            {
                lock (sync)
                {
                    total.MergeFrom(worker.Counters);
                    warnings.AddRange(worker.Warnings);
                }
            });

        if (firstError is not null)
        {
            throw firstError;
        }

        // __nfiles__ is counted after each file like any key: it follows the first file's keys.
        total.Add("__nfiles__"u8, (ulong)files.Count, RawCounterParser.Position(0, RawCounterParser.EndOfFile));
        warnings.Sort((a, b) => a.File != b.File ? Order(files, a.File).CompareTo(Order(files, b.File)) : a.Line.CompareTo(b.Line));
        return (total.ToCounterSet(), warnings);
    }

    private static int Order(IReadOnlyList<string> files, string file)
    {
        for (int i = 0; i < files.Count; i++)
        {
            if (files[i] == file)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private sealed class Worker
    {
        private readonly RawCounterParser _parser;

        public Worker() => _parser = new RawCounterParser(Counters);

        public CounterAccumulator Counters { get; } = new();

        public List<LoadWarning> Warnings { get; } = new();

        public void ParseFile(string path, int index)
        {
            byte[] buffer = Array.Empty<byte>();
            try
            {
                int length;
                try
                {
                    using SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
                    long size = RandomAccess.GetLength(handle);
                    if (size > int.MaxValue)
                    {
                        throw new StatsInputException($"{path}: file too large for a counter file ({size} bytes)");
                    }

                    buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(size, 1));
                    length = 0;
                    while (length < size)
                    {
                        int read = RandomAccess.Read(handle, buffer.AsSpan(length, (int)size - length), length);
                        if (read == 0)
                        {
                            break;
                        }

                        length += read;
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new StatsInputException($"{path}: cannot read the file: {e.Message}");
                }

                var data = buffer.AsSpan(0, length);
                if (!Utf8.IsValid(data))
                {
                    long line = Utf8Check.FirstInvalidLine(data);
                    throw new StatsInputException($"{path}:{line}: not UTF-8 text (raw counter files are ASCII 'KEY: VALUE' lines)");
                }

                _parser.Parse(data, index, path, Warnings);
            }
            finally
            {
                if (buffer.Length > 0)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
        }
    }
}
