namespace PyStats.Tests.Golden;

/// <summary>
/// A place holding parity cases in the corpus layout. <see cref="Label"/> prefixes the names of
/// its cases; an optional root may be absent (the shared corpus beside a checkout).
/// </summary>
public sealed record ParityRoot(string Label, string Path, bool Optional)
{
    public bool IsPresent => Directory.Exists(Path);

    public override string ToString() => $"{Label} ({Path})";
}
