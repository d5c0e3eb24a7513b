namespace PyStats.Cli;

/// <summary>
/// stdout, with write failures turned into one <see cref="OutputException"/>: a full disk
/// (<c>&gt; /dev/full</c>) is an error naming stdout, a reader that went away (<c>| head -1</c>,
/// EPIPE) a quiet stop. For stderr, failures are ignored: there is nowhere left to report them.
/// </summary>
public sealed class StandardOutputStream : Stream
{
    private const int BrokenPipe = 32;

    private readonly Stream _inner;
    private readonly bool _ignoreFailures;

    public StandardOutputStream(Stream inner, bool ignoreFailures = false)
    {
        _inner = inner;
        _ignoreFailures = ignoreFailures;
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            _inner.Write(buffer);
        }
        catch (IOException e) when (!_ignoreFailures)
        {
            throw Failure(e);
        }
        catch (UnauthorizedAccessException) when (!_ignoreFailures)
        {
            throw Closed();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    public override void Flush()
    {
        try
        {
            _inner.Flush();
        }
        catch (IOException e) when (!_ignoreFailures)
        {
            throw Failure(e);
        }
        catch (UnauthorizedAccessException) when (!_ignoreFailures)
        {
            throw Closed();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>
    /// Descriptor 1 not open for writing: stdout was closed (<c>&gt;&amp;-</c>) and the runtime's own
    /// pipe took the number, read end first, so nothing can land anywhere by mistake.
    /// </summary>
    internal static OutputException Closed() => new("stdout: cannot write the output: stdout is closed");

    internal static OutputException Failure(IOException e) =>
        e.HResult == BrokenPipe || e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase)
            ? new OutputException("stdout: broken pipe", quiet: true)
            : new OutputException($"stdout: cannot write the output: {e.Message}");
}
