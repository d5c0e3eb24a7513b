using PyStats.Model;
using Xunit;

namespace PyStats.Tests.Parsing;

/// <summary>
/// A <see cref="CounterSet"/> finds keys through the process-wide key numbers, or through its own
/// dictionary for keys that got none (the number table is bounded): both ways give the same answers.
/// </summary>
public sealed class CounterSetLookupTests
{
    private static readonly KeyValuePair<string, Int128>[] Counters =
    [
        new("lookup-test a", 1),
        new("lookup-test b", 2),
        new("lookup-test a", 3), // repeated: first position, last value
        new("lookup-test c", 0),
    ];

    public static TheoryData<string> Ways => new() { "numbered", "unnumbered", "mixed" };

    [Theory]
    [MemberData(nameof(Ways))]
    public void Every_way_of_numbering_finds_the_same_keys(string way)
    {
        var ids = Counters.Select((c, i) => way switch
        {
            "numbered" => CounterKeyIds.GetOrAdd(c.Key),
            "unnumbered" => CounterKeyIds.None,
            _ => c.Key.EndsWith('a') ? CounterKeyIds.None : CounterKeyIds.GetOrAdd(c.Key),
        }).ToList();
        var set = new CounterSet(Counters, ids);

        Assert.Equal(["lookup-test a", "lookup-test b", "lookup-test c"], set.Keys);
        Assert.Equal([(Int128)3, 2, 0], set.Values);
        Assert.Equal((Int128)3, set.Get("lookup-test a"));
        Assert.Equal((Int128)2, set.Find("lookup-test b"));
        Assert.True(set.Contains("lookup-test c"));
        Assert.Null(set.Find("lookup-test d"));
        Assert.False(set.Contains("lookup-test " + "a".ToUpperInvariant()));
        Assert.Equal((Int128)0, set.Get("not a key of this set"));
    }

    [Fact]
    public void A_key_numbered_after_the_set_was_made_is_not_in_it()
    {
        var set = new CounterSet([new KeyValuePair<string, Int128>("lookup-test early", 5)]);
        string later = "lookup-test later " + Guid.NewGuid();
        CounterKeyIds.GetOrAdd(later);

        Assert.False(set.Contains(later));
        Assert.Equal((Int128)5, set.Get("lookup-test early"));
    }
}
