using PyStats.Tests.Infrastructure;

namespace PyStats.Tests.Golden;

/// <summary>Discovery over several places: repeats run once, new or changed cases run, absent places are fine.</summary>
public sealed class ParityDiscoveryTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Case(string root, string name, string expected)
    {
        _temp.Write($"{root}/cpython-3.13/{name}/raw/a.txt", "Frames pushed : 1\n");
        _temp.Write($"{root}/cpython-3.13/{name}/expected.md", expected);
        return _temp.File(root);
    }

    [Fact]
    public void A_case_repeated_in_a_later_place_runs_once_and_is_counted_there()
    {
        var first = new ParityRoot("corpus", Case("a", "one", "report"), Optional: false);
        var second = new ParityRoot("shared", Case("b", "one", "report"), Optional: true);
        var found = ParityDiscovery.Run([first, second]);
        Assert.Equal(["corpus/cpython-3.13/one/raw"], found.Singles.Select(c => c.Name));
        Assert.Equal((1, 0), (found.Counts[0].Run, found.Counts[0].Repeated));
        Assert.Equal((0, 1), (found.Counts[1].Run, found.Counts[1].Repeated));
    }

    [Fact]
    public void A_case_with_other_bytes_or_a_new_name_runs_labelled_by_its_place()
    {
        var first = new ParityRoot("corpus", Case("a", "one", "report"), Optional: false);
        Case("b", "one", "updated report");
        var second = new ParityRoot("shared", Case("b", "two", "report of two"), Optional: true);
        var found = ParityDiscovery.Run([first, second]);
        Assert.Equal(["corpus/cpython-3.13/one/raw", "shared/cpython-3.13/one/raw", "shared/cpython-3.13/two/raw"], found.Singles.Select(c => c.Name));
        Assert.Equal(2, found.Counts[1].Run);
    }

    [Fact]
    public void An_absent_optional_place_is_reported_absent_and_a_missing_required_one_fails()
    {
        var first = new ParityRoot("corpus", Case("a", "one", "report"), Optional: false);
        var absent = new ParityRoot("shared", _temp.File("nowhere"), Optional: true);
        var found = ParityDiscovery.Run([first, absent]);
        Assert.Single(found.Singles);
        Assert.StartsWith("shared: absent", found.Counts[1].ToString());
        Assert.Throws<InvalidOperationException>(() => ParityDiscovery.Run([absent with { Optional = false }]));
    }

    [Fact]
    public void The_census_names_every_place()
    {
        string census = ParityCensus.Describe();
        foreach (var root in ParityRoots.All)
        {
            Assert.Contains(root.Label + ":", census);
        }
    }
}
