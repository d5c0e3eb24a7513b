namespace PyStats.Cli;

/// <summary>An output could not be written (exit status 1).</summary>
public sealed class OutputException : Exception
{
    public OutputException(string message, bool quiet = false)
        : base(message)
    {
        Quiet = quiet;
    }

    /// <summary>
    /// Nothing to say: stdout's reader went away (<c>| head</c>), which Unix tools take quietly.
    /// </summary>
    public bool Quiet { get; }
}
