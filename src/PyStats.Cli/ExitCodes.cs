namespace PyStats.Cli;

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Bad input data (missing path, unparsable value, malformed JSON…) or an output that cannot be written.</summary>
    public const int BadInput = 1;

    /// <summary>Bad command line.</summary>
    public const int Usage = 2;

    /// <summary><c>pystats check</c>: a failing rule tripped.</summary>
    public const int CheckFailed = 3;

    /// <summary>A bug in pystats itself (documented as such: to be reported).</summary>
    public const int InternalError = 70;
}
