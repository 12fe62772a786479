using CreditBot.Domain.Orders;
using CreditBot.Storage;

namespace CreditBot.OrderBlocks;

/// <summary>
/// Saves new blocks with their outbox messages, several at once: an ERP's concurrent checks would otherwise queue for
/// one commit each (a commit flushes the file, the cost that dominates a check). The first caller to find no batch
/// running commits everyone waiting in one transaction, then the next batch, while the others wait for their result
/// (group commit). Each block is still added only if its order has none.
/// </summary>
public sealed class OrderBlockBatches(CreditDatabase database, IOrderBlockStore blocks, OrderBlockMessages messages)
{
    /// <summary>A leader commits at most this many batches before handing over, so its own caller is not kept waiting.</summary>
    private const int BatchesPerLeader = 4;

    private readonly object _gate = new();
    private List<Entry> _waiting = [];
    private bool _committing;

    /// <summary>True when <paramref name="block"/> was added (and its messages enqueued); false when its order already had one.</summary>
    public Task<bool> AddAsync(OrderBlock block, IEnumerable<OrderBlockMessages.Outgoing> outgoing)
    {
        ArgumentNullException.ThrowIfNull(block);
        var entry = new Entry(block, [.. outgoing]);
        bool lead;
        lock (_gate)
        {
            _waiting.Add(entry);
            lead = !_committing;
            _committing = true;
        }

        if (lead)
        {
            Commit();
        }

        return entry.Done.Task;
    }

    private void Commit()
    {
        for (var round = 0; ; round++)
        {
            List<Entry> batch;
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _committing = false;
                    return;
                }

                if (round == BatchesPerLeader)
                {
                    // Others still wait: a pool thread takes over as leader.
                    _ = Task.Run(Commit);
                    return;
                }

                batch = _waiting;
                _waiting = [];
            }

            try
            {
                var added = database.InTransaction(
                    _ => batch.Select(entry =>
                    {
                        if (!blocks.TryAdd(entry.Block))
                        {
                            return false;
                        }

                        messages.Enqueue(entry.Outgoing);
                        return true;
                    }).ToList(),
                    ledgerChanges: false);
                messages.Wake();
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.TrySetResult(added[i]);
                }
            }
            catch (Exception exception)
            {
                foreach (var entry in batch)
                {
                    entry.Done.TrySetException(exception);
                }
            }
        }
    }

    private sealed record Entry(OrderBlock Block, IReadOnlyList<OrderBlockMessages.Outgoing> Outgoing)
    {
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
