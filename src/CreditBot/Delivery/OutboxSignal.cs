namespace CreditBot.Delivery;

/// <summary>Wakes the dispatcher when something was enqueued (several wake-ups before it looks count as one).</summary>
public sealed class OutboxSignal
{
    private readonly object _gate = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify()
    {
        lock (_gate)
        {
            _next.TrySetResult();
        }
    }

    /// <summary>A task that completes at the next <see cref="Notify"/>, or at once if one came since the last <see cref="Reset"/>.</summary>
    public Task WhenNotified()
    {
        lock (_gate)
        {
            return _next.Task;
        }
    }

    /// <summary>Forgets past notifications: called by the dispatcher just before it reads the outbox.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            if (_next.Task.IsCompleted)
            {
                _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }
}
