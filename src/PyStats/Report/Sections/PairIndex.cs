using PyStats.Model;

namespace PyStats.Report.Sections;

/// <summary>
/// The pairs of one input grouped by instruction: its predecessors (the pairs it ends) and its
/// successors (the pairs it starts), each group in pair order, with its total.
/// </summary>
/// <remarks>
/// Pairs are unique per (first, second), so a group is just a list of positions into the pair
/// list: two flat arrays of positions bucketed by instruction id, built in two passes. A
/// dictionary-backed counter per instruction and side made this index a large share of a
/// comparison's allocations.
/// </remarks>
internal sealed class PairIndex
{
    private readonly Dictionary<string, int> _ids;
    private readonly Buckets _byFollower;
    private readonly Buckets _byLeader;

    public PairIndex(IReadOnlyList<PairCount> pairs)
    {
        Pairs = pairs;
        _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var firsts = new int[pairs.Count];
        var seconds = new int[pairs.Count];
        string? lastFirst = null;
        int lastFirstId = -1;
        for (int i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];

            // Pairs come grouped by their first instruction (one record's fields after another).
            if (!ReferenceEquals(pair.First, lastFirst))
            {
                lastFirst = pair.First;
                lastFirstId = Id(pair.First);
            }

            firsts[i] = lastFirstId;
            seconds[i] = Id(pair.Second);
        }

        _byFollower = new Buckets(pairs, seconds, _ids.Count);
        _byLeader = new Buckets(pairs, firsts, _ids.Count);
    }

    public IReadOnlyList<PairCount> Pairs { get; }

    /// <summary>Positions of the pairs that end with <paramref name="name"/>.</summary>
    public ReadOnlySpan<int> Predecessors(string name) => _ids.TryGetValue(name, out int id) ? _byFollower.Of(id) : [];

    /// <summary>Positions of the pairs that start with <paramref name="name"/>.</summary>
    public ReadOnlySpan<int> Successors(string name) => _ids.TryGetValue(name, out int id) ? _byLeader.Of(id) : [];

    public Int128 PredecessorTotal(string name) => _ids.TryGetValue(name, out int id) ? _byFollower.Totals[id] : 0;

    public Int128 SuccessorTotal(string name) => _ids.TryGetValue(name, out int id) ? _byLeader.Totals[id] : 0;

    private int Id(string name)
    {
        ref int id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_ids, name, out bool exists);
        if (!exists)
        {
            id = _ids.Count - 1;
        }

        return id;
    }

    /// <summary>Pair positions grouped by a key id (a counting sort, so each group keeps pair order).</summary>
    private sealed class Buckets
    {
        private readonly int[] _starts;
        private readonly int[] _positions;

        public Buckets(IReadOnlyList<PairCount> pairs, int[] keys, int count)
        {
            _starts = new int[count + 1];
            Totals = new Int128[count];
            foreach (int key in keys)
            {
                _starts[key + 1]++;
            }

            for (int k = 0; k < count; k++)
            {
                _starts[k + 1] += _starts[k];
            }

            _positions = new int[keys.Length];
            var next = _starts.AsSpan(0, count).ToArray();
            for (int i = 0; i < keys.Length; i++)
            {
                int key = keys[i];
                _positions[next[key]++] = i;
                Totals[key] += pairs[i].Count;
            }
        }

        public Int128[] Totals { get; }

        public ReadOnlySpan<int> Of(int id) => _positions.AsSpan(_starts[id], _starts[id + 1] - _starts[id]);
    }
}
