namespace PyStats.Cli;

/// <summary>A command line that cannot be carried out (exit status 2).</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
