namespace CreditBot.OrderBlocks;

/// <summary>Order block events (6300–6349): ids, states, counts and durations, never amounts.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6300, Level = LogLevel.Information,
        Message = "Order blocks after run {RunId}: {OrderCount} orders, {Opened} opened, {Reopened} rechecked, {Ready} ready, {Expired} expired, {Unchanged} unchanged in {ElapsedMs} ms")]
    public static partial void Reconciled(this ILogger logger, int runId, int orderCount, int opened, int reopened, int ready, int expired, int unchanged, long elapsedMs);

    [LoggerMessage(EventId = 6301, Level = LogLevel.Warning, Message = "Order {OrderId} not evaluated: its amounts are not all in the client's currency")]
    public static partial void CurrencyMismatch(this ILogger logger, string orderId);

    [LoggerMessage(EventId = 6302, Level = LogLevel.Warning, Message = "Order {OrderId} changed meanwhile (v{Version}): left for the next pass")]
    public static partial void ChangedMeanwhile(this ILogger logger, string orderId, long version);

    [LoggerMessage(EventId = 6310, Level = LogLevel.Information, Message = "Order {OrderId} {Verb} by {ActorId}: {Outcome} (v{Version})")]
    public static partial void ActionHandled(this ILogger logger, string orderId, string verb, string actorId, string outcome, long version);

    [LoggerMessage(EventId = 6311, Level = LogLevel.Warning, Message = "Order action {Verb} by {ActorId} refused: {Reason}")]
    public static partial void ActionRefused(this ILogger logger, string verb, string actorId, string reason);

    [LoggerMessage(EventId = 6312, Level = LogLevel.Information, Message = "Order {OrderId}: {Count} card copies updated to v{Version}")]
    public static partial void CopiesUpdated(this ILogger logger, string orderId, int count, long version);

    [LoggerMessage(EventId = 6320, Level = LogLevel.Information, Message = "Undecided orders chased: {Reminded} reminded, {Escalated} escalated")]
    public static partial void Chased(this ILogger logger, int reminded, int escalated);

    [LoggerMessage(EventId = 6321, Level = LogLevel.Error, Message = "The order reminder run failed")]
    public static partial void ChaseFailed(this ILogger logger, Exception exception);
}
