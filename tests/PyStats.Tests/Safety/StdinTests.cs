using PyStats.Cli;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Safety;

/// <summary>Defect 3 of issue 8, in-process: <c>-</c> reads standard input, raw or JSON, read once from a stream that cannot seek.</summary>
public sealed class StdinTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static CliRun WithStdin(byte[] input, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var env = new CliEnvironment(stdout, stderr, name => name == "SOURCE_DATE_EPOCH" ? CliRun.ReproducibleEpoch : null, StandardInput: () => new OneWayStream(input));
        int code = new CliApp(env).Run(args);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Dash_reads_raw_counters_from_stdin()
    {
        string file = SampleInputs.OneRawFile(_temp);
        var expected = CliRun.Invoke(file);
        var run = WithStdin(File.ReadAllBytes(file), "-");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(expected.Out, run.Out);
    }

    [Fact]
    public void Dash_reads_json_from_stdin()
    {
        string json = _temp.File("merged.json");
        Assert.Equal(0, CliRun.Invoke(SampleInputs.SampleRaw, "--json-output", json).ExitCode);
        var run = WithStdin(File.ReadAllBytes(json), "-");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(CliRun.Invoke(json).Out, run.Out);
    }

    [Fact]
    public void Dash_twice_is_a_usage_error()
    {
        var run = WithStdin("Frames pushed : 1\n"u8.ToArray(), "-", "-");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("standard input", run.Error);
    }

    /// <summary>A stream that can only be read forwards, like a pipe.</summary>
    private sealed class OneWayStream(byte[] data) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            // Short reads, as pipes give.
            int n = Math.Min(Math.Min(count, 1000), data.Length - _position);
            Array.Copy(data, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
