using System.Text.Json;
using CreditBot.BotFramework;

namespace CreditBot.Delivery;

/// <summary>
/// The one way out for proactive messages (STYLE.md flow 4): a feature enqueues, under an idempotency key
/// it chooses, in the same store transaction as the decision that causes the message; the
/// <see cref="OutboxDispatcher"/> delivers. A second enqueue of a key changes nothing.
/// </summary>
public sealed class Outbox(IOutboxStore store, OutboxSignal signal, TimeProvider time)
{
    /// <summary>
    /// Adds a message unless its key is known. With <paramref name="card"/>, the copy is registered as a posted card
    /// once sent, so that <see cref="PostedCards.PostedCardUpdater.UpdateAllAsync"/> keeps it current.
    /// </summary>
    public bool Enqueue(string key, OutboxRecipient recipient, Activity activity, PostedCardTag? card = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Enqueue(key, recipient, JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity), card);
    }

    public bool Enqueue(string key, OutboxRecipient recipient, string activityJson, PostedCardTag? card = null)
    {
        var added = store.Enqueue(OutboxMessage.Create(key, recipient, activityJson, time.GetUtcNow()) with { Card = card });
        if (added)
        {
            // Inside the caller's transaction the dispatcher could not read the message yet: it is woken at the commit
            // (and not at all if the transaction rolls back), so it never waits for its next poll.
            store.AfterCommit(signal.Notify);
        }

        return added;
    }

    /// <summary>
    /// Wakes the dispatcher now. <see cref="Enqueue(string, OutboxRecipient, string, PostedCardTag)"/> already wakes it once
    /// its transaction commits; this is for messages another process enqueued.
    /// </summary>
    public void Wake() => signal.Notify();
}
