using System.Runtime.InteropServices;

namespace PyStats.Report.Sections;

/// <summary>Name → count with first-insertion order kept and assignment semantics.</summary>
internal sealed class OrderedCounter
{
    private readonly List<string> _order = new();
    private readonly List<Int128> _counts = new();
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public static OrderedCounter Empty { get; } = new();

    public Int128 Total { get; private set; }

    public IEnumerable<KeyValuePair<string, Int128>> Items
    {
        get
        {
            for (int i = 0; i < _order.Count; i++)
            {
                yield return new KeyValuePair<string, Int128>(_order[i], _counts[i]);
            }
        }
    }

    public void Set(string key, Int128 value)
    {
        // One lookup per call: the pair sections call this for every pair of every input.
        ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_index, key, out bool exists);
        if (exists)
        {
            Total -= _counts[slot];
            _counts[slot] = value;
        }
        else
        {
            slot = _order.Count;
            _order.Add(key);
            _counts.Add(value);
        }

        Total += value;
    }

    /// <summary>
    /// The <paramref name="count"/> largest items, largest first, equal counts in insertion order:
    /// the first items of a stable descending sort (Python's sorted(reverse=True)), without sorting all.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, Int128>> Top(int count)
    {
        var top = new List<KeyValuePair<string, Int128>>(Math.Max(0, Math.Min(count, _order.Count)));
        if (count <= 0)
        {
            return top;
        }

        for (int i = 0; i < _order.Count; i++)
        {
            Int128 value = _counts[i];
            if (top.Count == count && value <= top[^1].Value)
            {
                continue;
            }

            // After every kept item of an equal or larger count: an earlier item wins a tie.
            int at = top.Count;
            while (at > 0 && top[at - 1].Value < value)
            {
                at--;
            }

            if (top.Count == count)
            {
                top.RemoveAt(count - 1);
            }

            top.Insert(at, new KeyValuePair<string, Int128>(_order[i], value));
        }

        return top;
    }
}
