using PyStats.Model;
using PyStats.Numbers;

namespace PyStats.Parsing;

/// <summary>
/// Loads a directory of raw counter files: files in ordinal name order, values summed per key,
/// keys in order of first appearance, and the <c>__nfiles__</c> pseudo-counter right after the
/// first file's keys.
/// </summary>
/// <remarks>
/// Files are parsed on all cores (up to 8): each worker takes the next file in name order, reads
/// it in pieces into its own fixed buffer and parses it into its own accumulator; the
/// accumulators are merged at the end, ordered by first (file, line) position. Memory is one
/// buffer and one table of distinct keys per worker, whatever the number of files.
/// </remarks>
public sealed class RawDirectoryLoader
{
    public const string CollectHint =
        "A CPython built with --enable-pystats writes one file per process there when run with PYTHONSTATS=1 (or -X pystats).";

    /// <summary>Called after each file with the number of files done and in all (from any thread).</summary>
    public Action<int, int>? Progress { get; init; }

    /// <summary>
    /// Workers reading files at once: one per core, at most 8 (each holds about 1 MB of tables
    /// and buffer, and past a few cores reading is bound by memory bandwidth, not parsing).
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Math.Min(Environment.ProcessorCount, 8);

    /// <summary>Size of each worker's read buffer (tests make it tiny to cross line ends).</summary>
    internal int BufferSize { get; init; } = CounterFileReader.DefaultBufferSize;

    /// <summary>Whether Linux files may be read with direct system calls (tests check both ways).</summary>
    internal bool NativeReads { get; init; } = true;

    /// <summary>The paths of the files of <paramref name="directory"/>, in ordinal order of name.</summary>
    public static IReadOnlyList<string> ListFiles(string directory)
    {
        using var list = CounterFileList.FromDirectory(directory, nativeReads: false);
        var paths = new string[list.Count];
        for (int i = 0; i < paths.Length; i++)
        {
            paths[i] = list.PathAt(i);
        }

        return paths;
    }

    public (CounterSet Counters, IReadOnlyList<LoadWarning> Warnings) LoadDirectory(string directory)
    {
        CounterFileList files;
        var skipped = new List<LoadWarning>();
        try
        {
            files = CounterFileList.FromDirectory(directory, NativeReads, skipped);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StatsInputException($"{directory}: cannot list the directory: {e.Message}");
        }

        using (files)
        {
            if (files.Count == 0)
            {
                string why = skipped.Count > 0 ? $" ({Plural.Of(skipped.Count, "entry that is not a regular file", "entries that are not regular files")} skipped)" : string.Empty;
                throw new StatsInputException($"{directory}: no counter files found{why}. {CollectHint}");
            }

            var (counters, warnings) = Load(files, directory);
            return (counters, [.. skipped, .. warnings]);
        }
    }

    public (CounterSet Counters, IReadOnlyList<LoadWarning> Warnings) LoadFiles(IReadOnlyList<string> files)
    {
        using var list = CounterFileList.FromPaths(files, NativeReads);
        return Load(list, files.Count > 0 ? files[0] : "no files");
    }

    /// <summary>
    /// Loads one raw counter file from a stream that is read once: <paramref name="start"/> is
    /// what was already read from it (to tell JSON from raw text).
    /// </summary>
    /// <param name="name">The file's name for messages (the path, or "&lt;stdin&gt;").</param>
    public (CounterSet Counters, IReadOnlyList<LoadWarning> Warnings) LoadStream(Stream stream, ReadOnlySpan<byte> start, string name)
    {
        using var list = CounterFileList.FromPaths([name], nativeReads: false);
        var worker = new Worker(list);
        using (var reader = new CounterFileReader(BufferSize))
        {
            reader.Parse(stream, start, list, 0, worker.Parser);
        }

        return Finish(worker.Counters, worker.Warnings, 1, name);
    }

    private (CounterSet Counters, IReadOnlyList<LoadWarning> Warnings) Load(CounterFileList files, string source)
    {
        var run = new LoadRun(files, Progress, BufferSize);
        int workers = Math.Clamp(MaxDegreeOfParallelism, 1, Math.Max(1, files.Count));
        var results = new Worker[workers];
        var threads = new Thread[workers - 1];
        for (int i = 0; i < threads.Length; i++)
        {
            int slot = i + 1;
            threads[i] = new Thread(() => results[slot] = run.Work(), 256 * 1024) { IsBackground = true, Name = "pystats parser" };
            threads[i].Start();
        }

        results[0] = run.Work();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        run.ThrowIfFailed();
        var total = results[0].Counters;
        var warnings = new List<(long Position, LoadWarning Warning)>(results[0].Warnings);
        for (int i = 1; i < results.Length; i++)
        {
            total.MergeFrom(results[i].Counters);
            warnings.AddRange(results[i].Warnings);
        }

        return Finish(total, warnings, files.Count, source);
    }

    private static (CounterSet Counters, IReadOnlyList<LoadWarning> Warnings) Finish(
        CounterAccumulator total, List<(long Position, LoadWarning Warning)> warnings, int fileCount, string source)
    {
        // __nfiles__ is counted after each file like any key: it follows the first file's keys.
        total.Add("__nfiles__"u8, (ulong)fileCount, RawCounterParser.Position(0, RawCounterParser.EndOfFile));
        warnings.Sort((a, b) => a.Position.CompareTo(b.Position));
        return (total.ToCounterSet(source), warnings.ConvertAll(w => w.Warning));
    }

    /// <summary>The files of one load, handed out in name order to the workers.</summary>
    private sealed class LoadRun
    {
        private readonly CounterFileList _files;
        private readonly Action<int, int>? _progress;
        private readonly int _bufferSize;
        private readonly object _sync = new();
        private int _next = -1;
        private int _done;
        private volatile int _stopAt;

        public LoadRun(CounterFileList files, Action<int, int>? progress, int bufferSize)
        {
            _files = files;
            _progress = progress;
            _bufferSize = bufferSize;
            _stopAt = files.Count;
        }

        private Exception? _firstError;

        public Worker Work()
        {
            var worker = new Worker(_files);
            try
            {
                using var reader = new CounterFileReader(_bufferSize);
                while (true)
                {
                    int index = Interlocked.Increment(ref _next);
                    if (index >= _stopAt)
                    {
                        return worker;
                    }

                    try
                    {
                        reader.Parse(_files, index, worker.Parser);
                    }
                    catch (StatsInputException e)
                    {
                        Fail(e, index);
                    }

                    _progress?.Invoke(Interlocked.Increment(ref _done), _files.Count);
                }
            }
            catch (Exception e)
            {
                // A bug or a failing progress callback: stop everyone and rethrow on the caller's thread.
                Fail(e, -1);
                return worker;
            }
        }

        /// <summary>Rethrows the error of the first bad file in name order, if any.</summary>
        public void ThrowIfFailed()
        {
            if (_firstError is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_firstError);
            }
        }

        private void Fail(Exception error, int index)
        {
            lock (_sync)
            {
                // Files are taken in name order, so every file before this one has been taken:
                // let those finish, take no more, and keep the error of the first bad one.
                if (index < _stopAt)
                {
                    _firstError = error;
                    _stopAt = Math.Max(index, 0);
                }
            }
        }
    }

    private sealed class Worker
    {
        public Worker(CounterFileList files) => Parser = new RawCounterParser(Counters, Warnings, files.PathAt);

        public CounterAccumulator Counters { get; } = new();

        public List<(long Position, LoadWarning Warning)> Warnings { get; } = new();

        public RawCounterParser Parser { get; }
    }
}
