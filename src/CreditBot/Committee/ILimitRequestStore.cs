namespace CreditBot.Committee;

/// <summary>
/// Limit requests with their history. <see cref="Update{T}"/> is the one way to change a request: it loads, lets the
/// caller decide, and saves only when the version it loaded is still current, together with the history entries and
/// whatever the caller enqueued meanwhile (one transaction).
/// </summary>
public interface ILimitRequestStore
{
    /// <summary>Adds a new request (version 0) and its first history entry; false when the id exists.</summary>
    bool Create(LimitRequestRecord record, LimitRequestEvent created, Action? alongside = null);

    LimitRequestRecord? Find(string id);

    IReadOnlyList<LimitRequestRecord> ByRequester(string objectId);

    IReadOnlyList<LimitRequestRecord> Open();

    IReadOnlyList<LimitRequestRecord> ForClient(string clientCode);

    /// <summary>
    /// Requests the committee decided in [<paramref name="since"/>, <paramref name="until"/>) by the decision's time
    /// (the start included, the end excluded), oldest decision first; undecided requests are never in it.
    /// </summary>
    IReadOnlyList<LimitRequestRecord> DecidedBetween(DateTimeOffset since, DateTimeOffset until);

    IReadOnlyList<LimitRequestEvent> History(string id);

    /// <summary>
    /// Runs <paramref name="decide"/> on the current record; when it returns a changed record, saves it if the stored
    /// version is still the one loaded, with its history entries. Anything <paramref name="decide"/> enqueues in the
    /// outbox commits or rolls back with it. Null when the request does not exist.
    /// </summary>
    LimitRequestChange<T>? Update<T>(string id, Func<LimitRequestRecord, LimitRequestChange<T>> decide);
}

/// <summary>What a decision on a request came to: the record to save (null: nothing changes), its history, a result.</summary>
public sealed record LimitRequestChange<T>(LimitRequestRecord? Changed, IReadOnlyList<LimitRequestEvent> Events, T Result);
