namespace CreditBot.Delivery;

/// <summary>
/// Group commit for the dispatcher's claims and records: every update asked for while a commit is being written
/// goes into the next one (<see cref="IOutboxStore.TryUpdateAll"/>). A commit costs a flush to disk, so one commit
/// per update bounded delivery at the disk's flushes per second (two per message); grouped, the sends in flight
/// share them. The first caller with nothing being written writes, for itself and whoever queued meanwhile, until its
/// own update is saved; what is still queued then is written on the thread pool, so that no send's record, and no
/// send's next step, waits for more than the commit being written when it asked.
/// </summary>
internal sealed class OutboxWriter(IOutboxStore store)
{
    private readonly object _gate = new();
    private List<Pending> _queue = [];
    private bool _writing;

    /// <summary>As <see cref="IOutboxStore.TryUpdate"/>: what was saved, or null when the version was stale.</summary>
    public Task<OutboxMessage?> TryUpdateAsync(OutboxMessage changed)
    {
        var pending = new Pending(changed, new TaskCompletionSource<OutboxMessage?>(TaskCreationOptions.RunContinuationsAsynchronously));
        bool write;
        lock (_gate)
        {
            _queue.Add(pending);
            write = !_writing;
            _writing = true;
        }

        if (write)
        {
            Drain(pending);
        }

        return pending.Saved.Task;
    }

    // Writes until the caller's own update is saved (null: until nothing is queued), then hands the rest on.
    private void Drain(Pending? own)
    {
        while (true)
        {
            List<Pending> batch;
            lock (_gate)
            {
                if (_queue.Count == 0)
                {
                    _writing = false;
                    return;
                }

                if (own is { Saved.Task.IsCompleted: true })
                {
                    // Still the writer (_writing stays set) until the thread pool takes over.
                    _ = Task.Run(() => Drain(null));
                    return;
                }

                batch = _queue;
                _queue = [];
            }

            try
            {
                var saved = store.TryUpdateAll([.. batch.Select(p => p.Changed)]);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Saved.TrySetResult(saved[i]);
                }
            }
            catch (Exception e)
            {
                foreach (var pending in batch)
                {
                    pending.Saved.TrySetException(e);
                }
            }
        }
    }

    private sealed record Pending(OutboxMessage Changed, TaskCompletionSource<OutboxMessage?> Saved);
}
