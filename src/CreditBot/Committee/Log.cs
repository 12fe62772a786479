namespace CreditBot.Committee;

/// <summary>Committee events, 8400–8499: ids, kinds and counts only, never amounts or comments.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 8401, Level = LogLevel.Information, Message = "Limit request {RequestId} for {ClientCode} created by {Requester}, route {Route}, {Deciders} deciders")]
    public static partial void RequestCreated(this ILogger logger, string requestId, string clientCode, string requester, CreditBot.Domain.Decisions.AuthorityLevel route, int deciders);

    [LoggerMessage(EventId = 8402, Level = LogLevel.Information, Message = "Vote on {RequestId} by {Member}: {Outcome}, version {Version}")]
    public static partial void VoteHandled(this ILogger logger, string requestId, string member, string outcome, int version);

    [LoggerMessage(EventId = 8403, Level = LogLevel.Information, Message = "Limit request {RequestId} decided: {Outcome} ({Closing})")]
    public static partial void RequestDecided(this ILogger logger, string requestId, CreditBot.Domain.Committee.DecisionOutcome outcome, CreditBot.Domain.Committee.ClosingReason closing);

    [LoggerMessage(EventId = 8404, Level = LogLevel.Warning, Message = "Card action {Verb} refused for {Actor}: {Reason}")]
    public static partial void ActionRefused(this ILogger logger, string verb, string actor, string reason);

    [LoggerMessage(EventId = 8405, Level = LogLevel.Information, Message = "Reminded {Count} members of {RequestId}")]
    public static partial void Reminded(this ILogger logger, string requestId, int count);

    [LoggerMessage(EventId = 8406, Level = LogLevel.Error, Message = "The committee deadline run failed")]
    public static partial void DeadlineRunFailed(this ILogger logger, Exception exception);
}
