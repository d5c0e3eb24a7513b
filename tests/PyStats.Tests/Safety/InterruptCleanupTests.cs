using PyStats.IO;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Safety;

/// <summary>Defect 1 of issue 8, interruption: a temporary output file never outlives a stopped run.</summary>
/// <remarks>
/// Alone: the cleanup removes every pending temporary file of the process, including those of
/// other tests writing at the same time.
/// </remarks>
[Collection(nameof(InterruptCleanupTests))]
[CollectionDefinition(nameof(InterruptCleanupTests), DisableParallelization = true)]
public sealed class InterruptCleanupTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_temporary_file_pending_when_the_process_is_stopped_is_removed()
    {
        // ConsoleHost runs TemporaryFiles.DeleteAll on SIGINT, SIGTERM, SIGHUP, SIGQUIT and at exit:
        // stop in the middle of writing, as a signal would, and nothing but the old file is left.
        string output = _temp.Write("report.md", "old");
        Assert.Throws<OperationCanceledException>(() => AtomicFile.WriteText(output, writer =>
        {
            writer.Write("partial");
            writer.Flush();
            var pending = TemporaryFiles.Pending().Where(p => p.StartsWith(_temp.Path, StringComparison.Ordinal)).ToList();
            Assert.Single(pending);
            Assert.True(File.Exists(pending[0]));
            TemporaryFiles.DeleteAll();
            Assert.False(File.Exists(pending[0]));
            throw new OperationCanceledException();
        }));
        Assert.Equal("old", File.ReadAllText(output));
        Assert.Equal(["report.md"], Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName).OrderDescending());
    }

}
