namespace CreditBot.Digests;

/// <summary>Digest events (7000–7099): kinds, dates, counts and durations, never a client's figures.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7000, Level = LogLevel.Information,
        Message = "Digest {Kind} of {BusinessDate} claimed ({Trigger}): {MessageCount} messages enqueued, stale data {Stale}, in {ElapsedMs} ms")]
    public static partial void DigestClaimed(this ILogger logger, DigestKind kind, DateOnly businessDate, string trigger, int messageCount, bool stale, long elapsedMs);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Digest {Kind} of {BusinessDate} was already run; nothing sent ({Trigger})")]
    public static partial void DigestAlreadyRun(this ILogger logger, DigestKind kind, DateOnly businessDate, string trigger);

    [LoggerMessage(EventId = 7010, Level = LogLevel.Information, Message = "Next digest {Kind} of {BusinessDate} at {At}")]
    public static partial void DigestScheduled(this ILogger logger, DigestKind kind, DateOnly businessDate, DateTimeOffset at);

    [LoggerMessage(EventId = 7011, Level = LogLevel.Warning, Message = "Digest {Kind} of {BusinessDate} skipped: woke on {Today}, the business day is over")]
    public static partial void DigestDayOver(this ILogger logger, DigestKind kind, DateOnly businessDate, DateOnly today);

    [LoggerMessage(EventId = 7012, Level = LogLevel.Error, Message = "Digest {Kind} of {BusinessDate} failed")]
    public static partial void DigestFailed(this ILogger logger, Exception exception, DigestKind kind, DateOnly businessDate);
}
