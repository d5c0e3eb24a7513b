using System.Text.Json;
using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Golden;

/// <summary>--json-output writes what CPython's script writes: same members, order and values.</summary>
public sealed class JsonOutputTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (raw, json) in GoldenCases.JsonOutputs())
        {
            data.Add(raw, json);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Json_output_has_the_same_members_in_the_same_order_with_the_same_values(string raw, string expectedJson)
    {
        using var temp = new TempDirectory();
        string output = temp.File("merged.json");
        var run = CliRun.Invoke(raw, "--json-output", output);
        Assert.True(run.ExitCode == 0, run.Error);

        var expected = Members(File.ReadAllText(expectedJson));
        var actual = Members(File.ReadAllText(output));
        Assert.Equal(expected.Select(m => m.Name), actual.Select(m => m.Name));
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i].Value == actual[i].Value, $"member '{expected[i].Name}' differs");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Json_output_is_byte_identical_to_the_script(string raw, string expectedJson)
    {
        using var temp = new TempDirectory();
        string output = temp.File("merged.json");
        Assert.Equal(0, CliRun.Invoke(raw, "--json-output", output).ExitCode);
        Assert.Equal(File.ReadAllBytes(expectedJson), File.ReadAllBytes(output));
    }

    private static List<(string Name, string Value)> Members(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetRawText())).ToList();
    }
}
