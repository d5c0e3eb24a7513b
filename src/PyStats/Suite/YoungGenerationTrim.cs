namespace PyStats.Suite;

/// <summary>
/// Collects the young generation once a suite has allocated a few megabytes since the last
/// collection, at a point where a benchmark's whole comparison has just become garbage (its page
/// written). Left alone, the runtime lets generation 0 grow to tens of megabytes before it
/// collects: a suite then keeps clearing fresh, cold memory (every first touch of a page is a
/// fault) and holds far more memory than it uses. Collected at these points, little survives, so
/// each collection is short, and the same few megabytes are reused while still in cache.
/// </summary>
public sealed class YoungGenerationTrim
{
    private readonly long _budget;
    private long _collectedAt = GC.GetTotalAllocatedBytes();

    /// <param name="budgetBytes">Bytes allocated (by every thread) between collections.</param>
    public YoungGenerationTrim(long budgetBytes) => _budget = budgetBytes;

    /// <summary>Called when a unit of work's garbage is all garbage; collects if the budget is spent.</summary>
    public void AtQuietPoint()
    {
        long now = GC.GetTotalAllocatedBytes();
        long last = Interlocked.Read(ref _collectedAt);
        if (now - last < _budget || Interlocked.CompareExchange(ref _collectedAt, now, last) != last)
        {
            return; // within budget, or another thread is collecting for this same budget
        }

        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
    }
}
