namespace PyStats.Tests.Golden;

/// <summary>What one place gave: cases run from it, and cases skipped as repeats of earlier ones.</summary>
public sealed record ParityCount(ParityRoot Root, int Run, int Repeated)
{
    public override string ToString() =>
        !Root.IsPresent ? $"{Root.Label}: absent ({Root.Path})"
        : Repeated == 0 ? $"{Root.Label}: {Run} ({Root.Path})"
        : $"{Root.Label}: {Run}, plus {Repeated} identical to earlier ones not run twice ({Root.Path})";
}
