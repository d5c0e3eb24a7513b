using Xunit.Abstractions;

namespace PyStats.Tests.Golden;

/// <summary>
/// One parity case found on disk. <see cref="Inputs"/> are the paths passed to pystats, in
/// order; <see cref="Expected"/> is the file its output must equal byte for byte. Serializable
/// so that each case is its own test in the runner's list.
/// </summary>
public sealed class GoldenCase : IXunitSerializable
{
    public GoldenCase(string name, IReadOnlyList<string> inputs, string expected)
    {
        Name = name;
        Inputs = inputs;
        Expected = expected;
    }

    [Obsolete("for the xunit deserializer")]
    public GoldenCase()
        : this(string.Empty, [], string.Empty)
    {
    }

    public string Name { get; private set; }

    public IReadOnlyList<string> Inputs { get; private set; }

    public string Expected { get; private set; }

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(Name), Name);
        info.AddValue(nameof(Inputs), Inputs.ToArray());
        info.AddValue(nameof(Expected), Expected);
    }

    public void Deserialize(IXunitSerializationInfo info)
    {
        Name = info.GetValue<string>(nameof(Name));
        Inputs = info.GetValue<string[]>(nameof(Inputs));
        Expected = info.GetValue<string>(nameof(Expected));
    }

    public override string ToString() => Name;
}
