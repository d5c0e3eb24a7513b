using System.Collections.Concurrent;

namespace PyStats.Model;

/// <summary>
/// How the keys of one prefix split into a record name and a field (see <see cref="OpcodeView"/>),
/// worked out once per distinct key for the whole process, by key number: every input of a suite
/// names the same keys, and splitting them again for each input was most of building its views.
/// Safe across threads; lookups of known keys take no lock.
/// </summary>
internal sealed class OpcodeKeyParts
{
    private static readonly ConcurrentDictionary<string, OpcodeKeyParts> s_byPrefix = new(StringComparer.Ordinal);

    private readonly string _prefix;
    private readonly Lock _adding = new();
    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _fields = new(StringComparer.Ordinal);

    /// <summary>By key number; null until the key is first split. Replaced (never changed in place) when it grows.</summary>
    private Part?[] _parts = [];

    private OpcodeKeyParts(string prefix) => _prefix = prefix;

    /// <summary>
    /// A key of the prefix: its record's name (and that name's number among the prefix's names)
    /// and its field. <paramref name="Canonical"/>: the key is exactly <c>PREFIX[NAME]</c> or
    /// <c>PREFIX[NAME].FIELD</c>, so no other canonical key has the same name and field.
    /// </summary>
    internal sealed record Part(int Name, string NameText, string Field, bool Canonical);

    /// <summary>The split of a key that does not start with the prefix.</summary>
    private static readonly Part NotOfPrefix = new(-1, string.Empty, string.Empty, Canonical: false);

    /// <summary>How many record names the prefix has numbered so far (an upper bound for a view's name numbers, read before it starts).</summary>
    public int NameCount
    {
        get
        {
            lock (_adding)
            {
                return _names.Count;
            }
        }
    }

    public static OpcodeKeyParts For(string prefix) => s_byPrefix.GetOrAdd(prefix, static p => new OpcodeKeyParts(p));

    /// <summary>The split of <paramref name="key"/> (number <paramref name="id"/>), or null when it does not start with the prefix.</summary>
    public Part? Get(string key, int id)
    {
        var parts = Volatile.Read(ref _parts);
        var part = (uint)id < (uint)parts.Length ? parts[id] : null;
        part ??= Split(key, id);
        return ReferenceEquals(part, NotOfPrefix) ? null : part;
    }

    private Part Split(string key, int id)
    {
        lock (_adding)
        {
            if ((uint)id < (uint)_parts.Length && _parts[id] is { } raced)
            {
                return raced;
            }

            var part = NotOfPrefix;
            if (key.StartsWith(_prefix, StringComparison.Ordinal))
            {
                // A plain prefix test, as in CPython's script: with prefix "uop", "uops[_X]…" keys
                // match too, as records named "[_X" (reports depend on that).
                ReadOnlySpan<char> rest = key.Length > _prefix.Length ? key.AsSpan(_prefix.Length + 1) : [];
                int close = rest.IndexOf(']');
                string name = Pooled(_names, close < 0 ? rest : rest[..close], out int number);
                string field = close < 0 ? string.Empty : Pooled(_fields, rest[(close + 1)..].Trim('.'), out _);
                part = new Part(number, name, field, IsCanonical(key, name, field));
            }

            if (id >= 0)
            {
                var parts = _parts;
                if (id >= parts.Length)
                {
                    Array.Resize(ref parts, Math.Max(id + 1, parts.Length * 2));
                }

                parts[id] = part;
                Volatile.Write(ref _parts, parts);
            }

            return part;
        }
    }

    private bool IsCanonical(string key, string name, string field) =>
        key.Length == _prefix.Length + name.Length + 2 + (field.Length == 0 ? 0 : field.Length + 1)
        && key[_prefix.Length] == '[' && key[_prefix.Length + name.Length + 1] == ']'
        && (field.Length == 0 || (key[_prefix.Length + name.Length + 2] == '.' && key.EndsWith(field, StringComparison.Ordinal)));

    /// <summary>The table's string for <paramref name="text"/> and its number in <paramref name="table"/> (added if new).</summary>
    private static string Pooled(Dictionary<string, int> table, ReadOnlySpan<char> text, out int number)
    {
        var lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out string? known, out number))
        {
            return known;
        }

        string made = text.ToString();
        number = table.Count;
        table.Add(made, number);
        return made;
    }
}
