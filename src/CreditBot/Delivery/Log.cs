namespace CreditBot.Delivery;

/// <summary>Delivery events, ids 6000–6099: keys, outcomes, counts and durations only (no payload, no names).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Information,
        Message = "Delivery {Key}: {Outcome} after {Attempts} attempts, {LatencyMs} ms after enqueue")]
    public static partial void Delivered(this ILogger logger, string key, OutboxStatus outcome, int attempts, long latencyMs);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning,
        Message = "Delivery {Key}: {Outcome} ({Error}) after {Attempts} attempts, {LatencyMs} ms after enqueue")]
    public static partial void DeliveryFailed(this ILogger logger, string key, OutboxStatus outcome, string error, int attempts, long latencyMs);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Debug,
        Message = "Delivery {Key}: attempt {Attempts} failed ({Error}), next in {DelayMs} ms")]
    public static partial void DeliveryRetry(this ILogger logger, string key, int attempts, string error, long delayMs);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning,
        Message = "Teams throttled a send (429): every send of the tenant waits {DelayMs} ms")]
    public static partial void TenantThrottled(this ILogger logger, long delayMs);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Warning,
        Message = "{Count} messages were being sent when the process stopped: they are sent again (a duplicate is possible)")]
    public static partial void ResumedInFlight(this ILogger logger, int count);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Error,
        Message = "Delivery {Key}: unexpected failure, retried later")]
    public static partial void DeliveryCrashed(this ILogger logger, Exception exception, string key);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Information,
        Message = "Created the 1:1 conversation of {ObjectId} (install needed: {Installed})")]
    public static partial void ConversationCreated(this ILogger logger, string objectId, bool installed);

    [LoggerMessage(EventId = 6020, Level = LogLevel.Debug,
        Message = "No address this bot may use reaches {ObjectId} yet: their messages wait for their first message")]
    public static partial void WaitingForAddress(this ILogger logger, string objectId);
}
