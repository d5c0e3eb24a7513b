using PyStats.Model;

namespace PyStats.History.Store;

/// <summary>
/// Reads the counters of stored runs back, in their original order. A key condition (SQL on the
/// <c>keys</c> table, e.g. <c>starts_with(key, 'opcode[')</c>) reads only the counters a question
/// needs, which keeps queries over many runs fast.
/// </summary>
public static class CounterReader
{
    public static Dictionary<int, CounterSet> Load(HistoryStore store, KeyDictionary keys, IReadOnlyCollection<int> runIds, KeyCondition? condition = null)
    {
        var lists = runIds.Distinct().ToDictionary(id => id, _ => new List<KeyValuePair<string, Int128>>());
        if (lists.Count > 0)
        {
            string ids = string.Join(",", lists.Keys);
            var parameters = new List<object?>();
            string keyFilter = string.Empty;
            if (condition is not null)
            {
                keyFilter = $" AND key_id IN (SELECT key_id FROM keys WHERE {condition.Sql})";
                parameters.AddRange(condition.Parameters);
            }

            using var command = store.Command($"SELECT run_id, key_id, value FROM counters WHERE run_id IN ({ids}){keyFilter} ORDER BY run_id, pos", [.. parameters]);
            using var reader = store.Wrap(() => command.ExecuteReader());
            int currentId = -1;
            List<KeyValuePair<string, Int128>>? current = null;
            while (reader.Read())
            {
                int runId = reader.GetInt32(0);
                if (runId != currentId)
                {
                    currentId = runId;
                    current = lists[runId];
                }

                current!.Add(new KeyValuePair<string, Int128>(keys[reader.GetInt32(1)], reader.GetFieldValue<ulong>(2)));
            }
        }

        return lists.ToDictionary(p => p.Key, p => new CounterSet(p.Value));
    }
}
