namespace CreditBot.Delivery;

/// <summary>
/// The outbox of proactive messages. Every engine passes <c>OutboxStoreContract</c> in the tests.
/// An enqueue made while the engine's transaction is open on this thread commits or rolls back with it
/// (LiteDB: inside <c>CreditDatabase.InTransaction</c>), so a decision and its notifications are saved together.
/// </summary>
public interface IOutboxStore
{
    /// <summary>Adds the message (status pending, version 1, next sequence); false, and nothing changes, when its key exists.</summary>
    bool Enqueue(OutboxMessage message);

    /// <summary>
    /// Runs <paramref name="action"/> once the engine transaction open on this thread commits (never if it rolls
    /// back), or at once outside one: how an enqueue wakes the dispatcher when its message can be read.
    /// </summary>
    void AfterCommit(Action action);

    OutboxMessage? Find(string key);

    /// <summary>Pending messages (due or not), in sequence order.</summary>
    IReadOnlyList<OutboxMessage> FindPending(int max);

    /// <summary>
    /// Saves <paramref name="changed"/> if the stored version is still <c>changed.Version</c>; returns what was
    /// saved (version + 1), or null when someone else changed or removed it first.
    /// </summary>
    OutboxMessage? TryUpdate(OutboxMessage changed);

    /// <summary>
    /// <see cref="TryUpdate"/> for each change, in order, committed together (one write to disk for all): the
    /// dispatcher's claims and records, grouped. Each change is checked on its own: a stale one gets null and
    /// the others are still saved. Not called inside a caller's transaction.
    /// </summary>
    IReadOnlyList<OutboxMessage?> TryUpdateAll(IReadOnlyList<OutboxMessage> changes);

    /// <summary>After a crash: messages left in <see cref="OutboxStatus.Sending"/> become pending again, due at once.</summary>
    IReadOnlyList<OutboxMessage> RequeueSending(DateTimeOffset at);

    /// <summary>Messages by last change, newest first.</summary>
    IReadOnlyList<OutboxMessage> List(OutboxQuery query);

    OutboxSummary Summarize(DateTimeOffset? since = null);
}
