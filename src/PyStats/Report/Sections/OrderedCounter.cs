using System.Runtime.InteropServices;

namespace PyStats.Report.Sections;

/// <summary>Name → count with first-insertion order kept and assignment semantics.</summary>
internal sealed class OrderedCounter
{
    private readonly List<string> _order = new();
    private readonly List<Int128> _counts = new();
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

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
        ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_index, key, out bool exists);
        if (exists)
        {
            _counts[slot] = value;
        }
        else
        {
            slot = _order.Count;
            _order.Add(key);
            _counts.Add(value);
        }
    }
}
