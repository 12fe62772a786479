using CreditBot.BotFramework;

namespace CreditBot.Bot;

/// <summary>
/// Log events of the bot's turns (2000–2099). Ids and kinds only: never text, cards or figures.
/// Every value taken from an activity goes through <see cref="LogValue.Of"/> here, so a call site
/// cannot forget it: an id or verb cannot forge a log line or flood the log.
/// </summary>
// CA1873 does not see the IsEnabled guards below; escaping is a scan of at most 200 characters anyway.
#pragma warning disable CA1873
internal static partial class Log
{
    public static void TurnHandled(this ILogger logger, string? activityType, string? activityId, string? conversationId, string route, long elapsedMs)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            TurnHandledEvent(logger, LogValue.Of(activityType) ?? "none", LogValue.Of(activityId), LogValue.Of(conversationId), route, elapsedMs);
        }
    }

    public static void TurnFailed(this ILogger logger, Exception exception, string? activityType, string? activityId, string? conversationId) =>
        TurnFailedEvent(logger, exception, LogValue.Of(activityType), LogValue.Of(activityId), LogValue.Of(conversationId));

    public static void Installed(this ILogger logger, string conversationId, string? conversationType)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            InstalledEvent(logger, LogValue.Of(conversationId), LogValue.Of(conversationType));
        }
    }

    public static void Uninstalled(this ILogger logger, string conversationId)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            UninstalledEvent(logger, LogValue.Of(conversationId));
        }
    }

    public static void ConversationSaved(this ILogger logger, string conversationId)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            ConversationSavedEvent(logger, LogValue.Of(conversationId));
        }
    }

    public static void UnknownVerb(this ILogger logger, string? verb, string? conversationId) =>
        UnknownVerbEvent(logger, LogValue.Of(verb), LogValue.Of(conversationId));

    public static void ReplyNotDelivered(this ILogger logger, string? conversationId, string outcome) =>
        ReplyNotDeliveredEvent(logger, LogValue.Of(conversationId), LogValue.Of(outcome));

    public static void TenantRefused(this ILogger logger, string? activityId, string? tenantId) =>
        TenantRefusedEvent(logger, LogValue.Of(activityId), LogValue.Of(tenantId));

    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Turn {ActivityType} {ActivityId} in conversation {ConversationId} handled as {Route} in {ElapsedMs} ms")]
    private static partial void TurnHandledEvent(ILogger logger, string activityType, string? activityId, string? conversationId, string route, long elapsedMs);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "Turn {ActivityType} {ActivityId} in conversation {ConversationId} failed")]
    private static partial void TurnFailedEvent(ILogger logger, Exception exception, string? activityType, string? activityId, string? conversationId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Bot installed in conversation {ConversationId} ({ConversationType})")]
    private static partial void InstalledEvent(ILogger logger, string conversationId, string? conversationType);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Bot removed from conversation {ConversationId}; its reference is forgotten")]
    private static partial void UninstalledEvent(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Conversation {ConversationId} saved: new, or its service address changed")]
    private static partial void ConversationSavedEvent(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Unknown card verb {Verb} in conversation {ConversationId}")]
    private static partial void UnknownVerbEvent(ILogger logger, string? verb, string? conversationId);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Reply to conversation {ConversationId} not delivered: {Outcome}")]
    private static partial void ReplyNotDeliveredEvent(ILogger logger, string? conversationId, string outcome);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning, Message = "Reply to {ActivityType} in conversation {ConversationId} failed; the turn goes on without it")]
    public static partial void ReplyFailed(this ILogger logger, Exception exception, string? activityType, string? conversationId);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "Activity {ActivityId} from tenant {TenantId} refused: tenant not served")]
    private static partial void TenantRefusedEvent(ILogger logger, string? activityId, string? tenantId);
}
#pragma warning restore CA1873
