using System.Diagnostics;
using PyStats.Numbers;

namespace PyStats.Cli;

/// <summary>
/// A one-line progress indicator on stderr while a large directory of counter files loads:
/// <c>pystats: reading DIR [#####.....] 4,000 of 8,589 files</c>, redrawn in place at most ten
/// times a second and erased when the load ends. Only for a terminal (the caller checks) and only
/// for directories of more than <see cref="MinimumFiles"/> files that take longer than
/// <see cref="Delay"/>, so quick runs print nothing. Safe to call from the loader's worker threads.
/// </summary>
internal sealed class ProgressDisplay : IDisposable
{
    public const int MinimumFiles = 300;

    private const int BarWidth = 24;
    private const long RedrawMilliseconds = 100;

    private readonly TextWriter _error;
    private readonly string _label;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _sync = new();
    private long _lastDraw = -RedrawMilliseconds;
    private int _drawnWidth;
    private readonly int _minimumFiles;
    private bool _closed;

    /// <param name="minimumFiles">Shown only for more files than this (<see cref="MinimumFiles"/> by default).</param>
    public ProgressDisplay(TextWriter error, string label, int minimumFiles = MinimumFiles)
    {
        _error = error;
        _label = label;
        _minimumFiles = minimumFiles;
    }

    /// <summary>How long a load runs before the indicator appears (tests set it to zero).</summary>
    internal static TimeSpan DefaultDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long this load runs before the indicator appears.</summary>
    public TimeSpan Delay { get; init; } = DefaultDelay;

    /// <summary>The loader's progress callback: <paramref name="done"/> of <paramref name="total"/> files read.</summary>
    public void Report(int done, int total)
    {
        if (total <= _minimumFiles)
        {
            return;
        }

        long now = _clock.ElapsedMilliseconds;
        if (now < (long)Delay.TotalMilliseconds || (done < total && now - _lastDraw < RedrawMilliseconds))
        {
            return;
        }

        lock (_sync)
        {
            if (_closed || (done < total && now - _lastDraw < RedrawMilliseconds))
            {
                return;
            }

            _lastDraw = now;
            int filled = (int)((long)done * BarWidth / total);
            string line = $"pystats: reading {_label} [{new string('#', filled)}{new string('.', BarWidth - filled)}] {done:N0} of {total:N0} {Plural.Noun(total, "file")}";
            _error.Write('\r' + line + new string(' ', Math.Max(0, _drawnWidth - line.Length)));
            _error.Flush();
            _drawnWidth = Math.Max(_drawnWidth, line.Length);
        }
    }

    /// <summary>Erases the line, so that what follows on stderr starts on a clean line.</summary>
    public void Dispose()
    {
        lock (_sync)
        {
            _closed = true;
            if (_drawnWidth > 0)
            {
                _error.Write('\r' + new string(' ', _drawnWidth) + '\r');
                _error.Flush();
                _drawnWidth = 0;
            }
        }
    }
}
