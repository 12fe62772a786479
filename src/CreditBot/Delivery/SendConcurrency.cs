namespace CreditBot.Delivery;

/// <summary>
/// How many sends the dispatcher keeps in flight, by Little's law: the tenant's rate times the time a send holds
/// its place (claim, Connector call, record), plus half a send for the variation of that time, rounded up. A send
/// whose request reached the Connector and whose record is not written yet goes twice if the process dies then, so
/// no more are in flight than the rate needs: 11 against Teams (50 / s × 0.2 s = 10, plus a half), and a single
/// one while a send takes 10 ms or less (a Connector on loopback): then one send at a time already goes at
/// least twice as fast as the rate, and a kill can repeat only the one send it interrupted. Never more than
/// <see cref="DeliveryOptions.MaxConcurrentSends"/>.
/// The time is a moving average of successful sends (weight 1/8 per send, as TCP smooths its round-trip time:
/// a few seconds of sending follow a change); one send at a time until the first has been timed.
/// The dispatcher's loop is its only user (not thread-safe).
/// </summary>
internal sealed class SendConcurrency
{
    private const double Weight = 1.0 / 8;

    private readonly int _requestsPerSecond;
    private readonly int _max;
    private double? _averageTicks;

    public SendConcurrency(int requestsPerSecond, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requestsPerSecond, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        _requestsPerSecond = requestsPerSecond;
        _max = max;
    }

    /// <summary>Sends allowed in flight now, from 1 to the maximum.</summary>
    public int Target { get; private set; } = 1;

    /// <summary>The smoothed time a successful send held its place; null before the first.</summary>
    public TimeSpan? Average => _averageTicks is { } ticks ? TimeSpan.FromTicks((long)Math.Round(ticks)) : null;

    /// <summary>A send succeeded after holding its place for <paramref name="held"/>.</summary>
    public void Observe(TimeSpan held)
    {
        var ticks = Math.Max(0, held.Ticks);
        _averageTicks = _averageTicks is { } average ? average + (Weight * (ticks - average)) : ticks;

        // In whole ticks, so that 50 / s × 200 ms is 10 exactly, not 10.000000000000002.
        var needed = Math.Ceiling((_requestsPerSecond * Math.Round(_averageTicks.Value) / TimeSpan.TicksPerSecond) + 0.5);
        Target = (int)Math.Clamp(needed, 1, _max);
    }
}
