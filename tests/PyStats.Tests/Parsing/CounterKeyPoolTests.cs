using System.Text;
using PyStats.Parsing;

namespace PyStats.Tests.Parsing;

/// <summary>
/// Counter names read from JSON are pooled and numbered: a name read again, in another file,
/// spelt with escapes, or among thousands of new ones, is the same string and is found by lookups
/// in every set that has it.
/// </summary>
public sealed class CounterKeyPoolTests
{
    private static JsonStatsReader.Result Read(string json) => JsonStatsReader.Parse(Encoding.UTF8.GetBytes(json), "test.json");

    [Fact]
    public void A_name_read_twice_is_one_string()
    {
        string name = "pool-test " + Guid.NewGuid();
        var first = Read($"{{\"{name}\": 1}}").Counters;
        var second = Read($"{{\"other\": 5, \"{name}\": 2}}").Counters;

        Assert.Same(first.Keys[0], second.Keys[1]);
        Assert.Equal((Int128)1, first.Get(name));
        Assert.Equal((Int128)2, second.Get(name));
    }

    [Fact]
    public void Escaped_and_plain_spellings_are_the_same_name()
    {
        string tail = Guid.NewGuid().ToString("N");
        var escaped = Read($"{{\"\\u0070ool-test é {tail}\": 3}}").Counters;
        var plain = Read($"{{\"pool-test é {tail}\": 4}}").Counters;

        Assert.Equal($"pool-test é {tail}", escaped.Keys[0]);
        Assert.Same(escaped.Keys[0], plain.Keys[0]);
        Assert.Equal((Int128)3, escaped.Get($"pool-test é {tail}"));
        Assert.Equal((Int128)4, plain.Get($"pool-test é {tail}"));
    }

    [Fact]
    public void Thousands_of_new_names_are_all_found_again()
    {
        string run = Guid.NewGuid().ToString("N");
        var names = Enumerable.Range(0, 20_000).Select(i => $"pool-test {run} {i}").ToList();
        string json = "{" + string.Join(",", names.Select((n, i) => $"\"{n}\": {i}")) + "}";

        var first = Read(json).Counters;
        var again = Read(json).Counters;

        for (int i = 0; i < names.Count; i += 97)
        {
            Assert.Same(first.Keys[i], again.Keys[i]);
            Assert.Equal((Int128)i, again.Get(names[i]));
        }

        Assert.Equal(names, again.Keys);
    }
}
