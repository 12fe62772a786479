namespace CreditBot.Bot;

/// <summary>Log events of the bot's turns (2000–2099). Ids and kinds only: never text, cards or figures.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Turn {ActivityType} {ActivityId} in conversation {ConversationId} handled as {Route} in {ElapsedMs} ms")]
    public static partial void TurnHandled(this ILogger logger, string activityType, string? activityId, string? conversationId, string route, long elapsedMs);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "Turn {ActivityType} {ActivityId} in conversation {ConversationId} failed")]
    public static partial void TurnFailed(this ILogger logger, Exception exception, string? activityType, string? activityId, string? conversationId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Bot installed in conversation {ConversationId} ({ConversationType})")]
    public static partial void Installed(this ILogger logger, string conversationId, string? conversationType);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Bot removed from conversation {ConversationId}; its reference is forgotten")]
    public static partial void Uninstalled(this ILogger logger, string conversationId);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Conversation {ConversationId} saved: new, or its service address changed")]
    public static partial void ConversationSaved(this ILogger logger, string conversationId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Unknown card verb {Verb} in conversation {ConversationId}")]
    public static partial void UnknownVerb(this ILogger logger, string? verb, string? conversationId);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Reply to conversation {ConversationId} not delivered: {Outcome}")]
    public static partial void ReplyNotDelivered(this ILogger logger, string? conversationId, string outcome);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning, Message = "Reply to {ActivityType} in conversation {ConversationId} failed; the turn goes on without it")]
    public static partial void ReplyFailed(this ILogger logger, Exception exception, string? activityType, string? conversationId);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "Activity {ActivityId} from tenant {TenantId} refused: tenant not served")]
    public static partial void TenantRefused(this ILogger logger, string? activityId, string? tenantId);
}
