using System.Diagnostics.Metrics;

namespace CreditBot.Delivery;

/// <summary>
/// Meter <c>CreditBot.Delivery</c>: messages sent, failed for good, throttled (429), retried, and resumed after a crash;
/// sends in flight and the time from a send's answer to its record (together, what a crash would send twice).
/// </summary>
public sealed class DeliveryMetrics
{
    public const string MeterName = "CreditBot.Delivery";

    private readonly Counter<long> _sent;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _throttled;
    private readonly Counter<long> _retried;
    private readonly Counter<long> _resumed;
    private readonly UpDownCounter<long> _inFlight;
    private readonly Histogram<double> _unrecorded;

    public DeliveryMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _sent = meter.CreateCounter<long>("creditbot.delivery.sent", description: "Proactive messages delivered.");
        _failed = meter.CreateCounter<long>("creditbot.delivery.failed", description: "Proactive messages with a terminal failure (tag outcome).");
        _throttled = meter.CreateCounter<long>("creditbot.delivery.throttled", description: "429 answers: the tenant's sending paused.");
        _retried = meter.CreateCounter<long>("creditbot.delivery.retried", description: "Attempts that will be retried (412, 502, 503, 504, network).");
        _resumed = meter.CreateCounter<long>("creditbot.delivery.resumed", description: "Messages found mid-send after a restart and sent again (the only duplicate window).");
        _inFlight = meter.CreateUpDownCounter<long>("creditbot.delivery.in_flight", description: "Sends started and not recorded yet.");
        _unrecorded = meter.CreateHistogram<double>("creditbot.delivery.unrecorded", "ms", "Time from a delivered send's answer to its record: a crash then sends it again.");
    }

    public void Sent() => _sent.Add(1);

    public void Failed(OutboxStatus outcome) => _failed.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString()));

    public void Throttled() => _throttled.Add(1);

    public void Retried() => _retried.Add(1);

    public void Resumed(int count) => _resumed.Add(count);

    public void Started() => _inFlight.Add(1);

    public void Finished() => _inFlight.Add(-1);

    public void Recorded(TimeSpan afterAnswer) => _unrecorded.Record(afterAnswer.TotalMilliseconds);
}
