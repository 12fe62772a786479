using Microsoft.Extensions.Time.Testing;

namespace CreditBot.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that says when a timer is created, e.g. by <c>Task.Delay(…, timeProvider)</c>:
/// a test waits for the code under test to be waiting before it moves the clock, instead of sleeping.
/// </summary>
public sealed class TimerSignallingClock(DateTimeOffset start) : FakeTimeProvider(start), IDisposable
{
    private readonly SemaphoreSlim _created = new(0);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _created.Release();
        return timer;
    }

    /// <summary>Waits until one more timer was created than the previous calls waited for.</summary>
    public async Task WaitForTimerAsync()
    {
        // The bound only turns a hang into a failure; the wait ends as soon as the timer exists.
        if (!await _created.WaitAsync(TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException("No timer was created on the fake clock within 30 s.");
        }
    }

    public void Dispose() => _created.Dispose();
}
