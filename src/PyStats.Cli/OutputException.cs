namespace PyStats.Cli;

/// <summary>An output file could not be written.</summary>
public sealed class OutputException : Exception
{
    public OutputException(string message)
        : base(message)
    {
    }
}
