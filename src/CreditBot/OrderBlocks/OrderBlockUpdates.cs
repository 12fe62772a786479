using CreditBot.Domain.Orders;
using CreditBot.Storage;
using Microsoft.Extensions.Options;

namespace CreditBot.OrderBlocks;

/// <summary>
/// The one way the rules (an import, the reminder clock) change stored blocks: which waiting requests are due for a
/// reminder or an escalation (<see cref="OrderBlock.Chase"/>), and saving a batch of changes version-checked, each
/// with the messages it causes, in one transaction. A change whose block moved meanwhile (a decision, the other path
/// chasing it first) is dropped with its messages, so a reminder is enqueued once whoever gets there first.
/// </summary>
public sealed class OrderBlockUpdates(
    IOrderBlockStore blocks,
    OrderBlockMessages messages,
    CreditDatabase database,
    IOptions<OrderBlockOptions> options,
    ILogger<OrderBlockUpdates> logger)
{
    /// <summary>Requests among <paramref name="waiting"/> left undecided too long at <paramref name="at"/>: reminded, then escalated.</summary>
    public IReadOnlyList<OrderBlockChange> Chased(IEnumerable<OrderBlock> waiting, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        var policy = options.Value.Policy;
        return [.. waiting.Select(b => (Before: b, After: b.Chase(policy, at)))
            .Where(c => c.After is not null)
            .Select(c => new OrderBlockChange(c.Before, c.After!))];
    }

    /// <summary>
    /// Saves <paramref name="changes"/> (a new block, or a block at the version it was read), enqueues their messages in
    /// the same transaction, wakes the dispatcher and updates the posted copies of the cards. Returns what was saved.
    /// </summary>
    public async Task<IReadOnlyList<OrderBlockChange>> SaveAsync(
        IReadOnlyList<OrderBlockChange> changes, string runKey, int maxCardsPerApprover, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return [];
        }

        var outgoing = messages.ForChanges(changes, runKey, maxCardsPerApprover);
        var saved = database.InTransaction(_ =>
        {
            var done = new List<OrderBlockChange>(changes.Count);
            foreach (var change in changes)
            {
                var ok = change.Before is null ? blocks.TryAdd(change.After) : blocks.TrySave(change.After, change.Before.Version);
                if (!ok)
                {
                    // A decision (or the other path) landed between the read and this transaction: it wins; the next pass looks again.
                    logger.ChangedMeanwhile(change.After.Id, change.Before?.Version ?? 0);
                    continue;
                }

                done.Add(change);
                messages.Enqueue(outgoing, change.After.Id);
            }

            messages.Enqueue(outgoing, OrderBlockMessages.Summaries);
            return done;
        }, ledgerChanges: false);
        messages.Wake();
        await messages.UpdateCopiesAsync(saved.Where(c => c.Before is not null).Select(c => c.After), cancellationToken);
        return saved;
    }
}
