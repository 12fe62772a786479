using System.Collections.Concurrent;

namespace CreditBot.Storage;

/// <summary>
/// Per-key values read from the store, kept until the next committed transaction
/// (<see cref="CreditDatabase.Generation"/>): the ledger only changes in a transaction, and a question
/// about a client reads the same packed documents again and again between imports. Bounded: when
/// <c>capacity</c> keys are held, the cache starts again from empty.
/// </summary>
internal sealed class GenerationCache<TValue>(CreditDatabase database, int capacity)
{
    private readonly ConcurrentDictionary<string, (long Generation, TValue Value)> _entries = new(StringComparer.Ordinal);

    public TValue GetOrRead(string key, Func<string, TValue> read)
    {
        // The generation is read before the store: a commit in between tags newer data with the older
        // generation, which the next reader sees as out of date and reads again. Never the other way round.
        var generation = database.Generation;
        if (_entries.TryGetValue(key, out var held) && held.Generation == generation)
        {
            return held.Value;
        }

        var value = read(key);
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[key] = (generation, value);
        return value;
    }
}
