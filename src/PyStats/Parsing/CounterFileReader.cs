using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Unicode;
using Microsoft.Win32.SafeHandles;

namespace PyStats.Parsing;

/// <summary>
/// Streams counter files through one reusable buffer into a <see cref="RawCounterParser"/>: each
/// read is parsed up to its last complete line, and the rest moves to the front for the next
/// read. A file is never held whole (a line longer than the buffer grows it, up to
/// <see cref="MaxLineLength"/>), and reading a file allocates nothing on Linux, so memory does not
/// depend on the number or size of the files.
/// </summary>
internal sealed class CounterFileReader : IDisposable
{
    /// <summary>Large enough that most counter files take one read, small enough to stay in L2.</summary>
    internal const int DefaultBufferSize = 128 * 1024;

    /// <summary>
    /// A line must be shorter than this (1 MiB; counter lines are under 200 bytes): a longer one is
    /// an error, so a file without line ends (<c>/dev/zero</c>, a binary file) costs bounded memory.
    /// </summary>
    public const int MaxLineLength = 1 << 20;

    public const string MaxLineLengthText = "1 MiB (1,048,576 bytes)";

    private readonly byte[] _name = new byte[4096];
    private byte[] _buffer;

    public CounterFileReader(int bufferSize = DefaultBufferSize) => _buffer = ArrayPool<byte>.Shared.Rent(bufferSize);

    /// <summary>Parses file <paramref name="index"/> of <paramref name="files"/>.</summary>
    /// <exception cref="StatsInputException">The file cannot be read, is not UTF-8, or has a bad value.</exception>
    public void Parse(CounterFileList files, int index, RawCounterParser parser)
    {
        try
        {
            int descriptor = files.OpenNative(index, _name);
            if (descriptor >= 0)
            {
                try
                {
                    var source = new DescriptorSource(descriptor);
                    Parse(ref source, files, index, parser);
                }
                finally
                {
                    LinuxFile.Close(descriptor);
                }

                return;
            }

            using SafeFileHandle handle = File.OpenHandle(files.PathAt(index), FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
            var managed = new HandleSource(handle);
            Parse(ref managed, files, index, parser);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StatsInputException($"{files.PathAt(index)}: cannot read the file: {e.Message}");
        }
    }

    /// <summary>
    /// Parses what <paramref name="stream"/> holds after <paramref name="start"/>, the bytes already
    /// read from it (to tell JSON from raw text), as file <paramref name="index"/> of <paramref name="files"/>.
    /// </summary>
    /// <exception cref="StatsInputException">The stream cannot be read, is not UTF-8, or has a bad value.</exception>
    public void Parse(Stream stream, ReadOnlySpan<byte> start, CounterFileList files, int index, RawCounterParser parser)
    {
        try
        {
            while (_buffer.Length < start.Length)
            {
                Grow(0);
            }

            start.CopyTo(_buffer);
            var source = new StreamSource(stream);
            Parse(ref source, files, index, parser, start.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new StatsInputException($"{files.PathAt(index)}: cannot read the file: {e.Message}");
        }
    }

    private void Parse<TSource>(ref TSource source, CounterFileList files, int index, RawCounterParser parser, int filled = 0)
        where TSource : struct, IByteSource
    {
        parser.BeginFile(index);
        bool atStart = true;
        while (true)
        {
            if (atStart && filled >= 3)
            {
                filled = SkipByteOrderMark(filled);
                atStart = false;
            }

            if (filled == _buffer.Length)
            {
                // The buffer holds one unfinished line: grow it, up to the longest line allowed.
                if (filled >= MaxLineLength)
                {
                    throw new StatsInputException(
                        $"{files.PathAt(index)}:{parser.LineIndex + 1}: line longer than {MaxLineLengthText}; raw counter files have 'KEY: VALUE' lines of under 200 bytes");
                }

                Grow(filled);
            }

            int read = source.Read(_buffer.AsSpan(filled));
            if (read == 0)
            {
                break;
            }

            filled += read;
            if (atStart && filled < 3)
            {
                continue;
            }

            if (atStart)
            {
                filled = SkipByteOrderMark(filled);
                atStart = false;
            }

            int end = _buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
            if (end > 0)
            {
                ParsePiece(_buffer.AsSpan(0, end), files, index, parser);
                _buffer.AsSpan(end, filled - end).CopyTo(_buffer);
                filled -= end;
            }
        }

        if (filled > 0)
        {
            ParsePiece(_buffer.AsSpan(0, filled), files, index, parser);
        }

        parser.EndFile();
    }

    /// <summary>Drops a UTF-8 byte order mark at the start of a file (some editors write one).</summary>
    private int SkipByteOrderMark(int filled)
    {
        if (!_buffer.AsSpan(0, filled).StartsWith(JsonStatsReader.Utf8Bom))
        {
            return filled;
        }

        _buffer.AsSpan(3, filled - 3).CopyTo(_buffer);
        return filled - 3;
    }

    private static void ParsePiece(ReadOnlySpan<byte> piece, CounterFileList files, int index, RawCounterParser parser)
    {
        if (!Utf8.IsValid(piece))
        {
            long line = parser.LineIndex + Utf8Check.FirstInvalidLine(piece);
            throw new StatsInputException($"{files.PathAt(index)}:{line}: not UTF-8 text (raw counter files are ASCII 'KEY: VALUE' lines)");
        }

        parser.ParseLines(piece);
    }

    private void Grow(int keep)
    {
        byte[] larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
        _buffer.AsSpan(0, keep).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private interface IByteSource
    {
        /// <summary>Reads the next bytes into <paramref name="buffer"/>; 0 at the end.</summary>
        /// <exception cref="IOException">The read failed.</exception>
        int Read(Span<byte> buffer);
    }

    private readonly struct DescriptorSource(int descriptor) : IByteSource
    {
        public int Read(Span<byte> buffer)
        {
            int read = LinuxFile.Read(descriptor, buffer);
            return read >= 0 ? read : throw new IOException(Marshal.GetPInvokeErrorMessage(-read));
        }
    }

    private readonly struct StreamSource(Stream stream) : IByteSource
    {
        public int Read(Span<byte> buffer) => stream.Read(buffer);
    }

    private struct HandleSource(SafeFileHandle handle) : IByteSource
    {
        private long _offset;

        public int Read(Span<byte> buffer)
        {
            int read = RandomAccess.Read(handle, buffer, _offset);
            _offset += read;
            return read;
        }
    }
}
