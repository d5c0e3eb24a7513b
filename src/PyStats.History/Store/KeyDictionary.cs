namespace PyStats.History.Store;

/// <summary>
/// The <c>keys</c> table in memory: counter key text ↔ id. Keys repeat across every run, so each
/// distinct key is stored (and, when reading, made into a string) once.
/// </summary>
public sealed class KeyDictionary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string?> _keys = new();
    private readonly List<(int Id, string Key)> _added = new();

    /// <summary>The keys table, or only the keys that meet <paramref name="condition"/> (a query reads no others).</summary>
    public static KeyDictionary Load(HistoryStore store, KeyCondition? condition = null)
    {
        var dictionary = new KeyDictionary();
        using var command = condition is null
            ? store.Command("SELECT key_id, key FROM keys")
            : store.Command($"SELECT key_id, key FROM keys WHERE {condition.Sql}", [.. condition.Parameters]);
        using var reader = store.Wrap(() => command.ExecuteReader());
        while (reader.Read())
        {
            dictionary.Remember(reader.GetInt32(0), reader.GetString(1));
        }

        return dictionary;
    }

    public int Count => _ids.Count;

    public static bool Exists(HistoryStore store, string key) => store.Scalar<long>("SELECT count(*) FROM keys WHERE key = ?", key) > 0;

    /// <summary>The key of an id (ids come from the store, so they are known).</summary>
    public string this[int id] => _keys[id] ?? throw new HistoryStoreException($"the store has a counter with key id {id} that is not in its keys table");

    public bool TryGetId(string key, out int id) => _ids.TryGetValue(key, out id);

    /// <summary>The id of <paramref name="key"/>, adding it (to be written by <see cref="TakeAdded"/>) when new.</summary>
    public int IdOf(string key)
    {
        if (_ids.TryGetValue(key, out int id))
        {
            return id;
        }

        id = _keys.Count;
        Remember(id, key);
        _added.Add((id, key));
        return id;
    }

    /// <summary>The keys added since the last call, to append to the table.</summary>
    public IReadOnlyList<(int Id, string Key)> TakeAdded()
    {
        var added = _added.ToList();
        _added.Clear();
        return added;
    }

    private void Remember(int id, string key)
    {
        while (_keys.Count <= id)
        {
            _keys.Add(null);
        }

        _keys[id] = key;
        _ids[key] = id;
    }
}
