namespace CreditBot.Delivery.PostedCards;

/// <summary>Log events of posted cards (6100–6149). Kinds, ids, versions and outcomes only: never card content.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6100, Level = LogLevel.Debug, Message = "Card {Kind} {SubjectId} v{Version} registered in conversation {ConversationId}")]
    public static partial void CardRegistered(this ILogger logger, string kind, string subjectId, long version, string conversationId);

    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Card {Kind} {SubjectId} to v{Version} in conversation {ConversationId}: {Outcome}")]
    public static partial void CardUpdated(this ILogger logger, string kind, string subjectId, long version, string conversationId, PostedCardOutcome outcome);
}
