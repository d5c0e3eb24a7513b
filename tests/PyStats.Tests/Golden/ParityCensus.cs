using Xunit.Abstractions;
using Xunit.Sdk;

namespace PyStats.Tests.Golden;

/// <summary>
/// Prints once per run how many parity cases came from each place, as an xunit diagnostic
/// message (enabled in xunit.runner.json), so it shows in plain <c>dotnet test</c> output.
/// </summary>
public sealed class ParityCensus
{
    public ParityCensus(IMessageSink diagnostics)
    {
        diagnostics.OnMessage(new DiagnosticMessage(Describe()));
    }

    public static string Describe() => "parity cases by place: " + string.Join("; ", GoldenCases.Census());
}
