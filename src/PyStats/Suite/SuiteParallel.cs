using System.Runtime.ExceptionServices;

namespace PyStats.Suite;

/// <summary>
/// The suite's work items (files to load, benchmarks to compare and write) on every core, no
/// more workers than cores: each holds a whole comparison in memory. A failure surfaces as the
/// exception itself (not an AggregateException), the one of the lowest index, whatever the
/// thread scheduling, so the error line is the same from run to run.
/// </summary>
public static class SuiteParallel
{
    private static readonly ParallelOptions Workers = new() { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) };

    public static void For(int count, Action<int> body)
    {
        var failures = new Exception?[count];
        Parallel.For(0, count, Workers, i =>
        {
            try
            {
                body(i);
            }
            catch (Exception e)
            {
                failures[i] = e;
            }
        });

        if (Array.Find(failures, f => f is not null) is { } first)
        {
            ExceptionDispatchInfo.Capture(first).Throw();
        }
    }

    /// <summary><paramref name="make"/> of every index in parallel, the results in index order.</summary>
    public static T[] Map<T>(int count, Func<int, T> make)
    {
        var results = new T[count];
        For(count, i => results[i] = make(i));
        return results;
    }
}
