namespace PyStats.History.Store;

/// <summary>
/// A problem with the history store or a history query that the user can fix: the message is one
/// complete line naming the database file. The command line prints it and exits with status 1.
/// </summary>
public sealed class HistoryStoreException : Exception
{
    public HistoryStoreException(string message)
        : base(message)
    {
    }

    public HistoryStoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
