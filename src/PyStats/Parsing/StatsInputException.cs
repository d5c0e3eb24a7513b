namespace PyStats.Parsing;

/// <summary>
/// Bad input: the message is complete and meant for the user (it names the file, and the line,
/// key or position where that helps). Callers print it and exit with status 1.
/// </summary>
public sealed class StatsInputException : Exception
{
    public StatsInputException(string message)
        : base(message)
    {
    }

    public StatsInputException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
