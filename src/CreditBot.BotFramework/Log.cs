using Microsoft.Extensions.Logging;

namespace CreditBot.BotFramework;

/// <summary>Log events of the protocol layer (event ids 1000–1099). Never tokens, secrets or bodies.</summary>
internal static partial class Log
{
    private static readonly Func<ILogger, string?, string?, IDisposable?> TurnScopeDefinition =
        LoggerMessage.DefineScope<string?, string?>("Activity {ActivityId} in conversation {ConversationId}");

    public static IDisposable? TurnScope(this ILogger logger, string? activityId, string? conversationId) =>
        TurnScopeDefinition(logger, activityId, conversationId);

    [LoggerMessage(EventId = 1000, Level = LogLevel.Warning,
        Message = "Inbound request refused: {Reason}")]
    public static partial void TokenRejected(this ILogger logger, string reason);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "Inbound activity refused: {Reason}")]
    public static partial void ActivityRefused(this ILogger logger, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "Signing key {KeyId} unknown to the {Source} key set (forced refresh: {Refreshed})")]
    public static partial void SigningKeyUnknown(this ILogger logger, string source, string keyId, bool refreshed);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error,
        Message = "The {Source} OpenID metadata could not be read; no new attempt for {BackoffMs} ms, requests needing it are answered 503")]
    public static partial void MetadataUnavailable(this ILogger logger, string source, long backoffMs, Exception exception);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Debug,
        Message = "Inbound request answered 503: the {Source} signing keys are unavailable")]
    public static partial void SigningKeysUnavailable(this ILogger logger, TokenSource source);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information,
        Message = "Bad request body: {Reason}")]
    public static partial void BadActivity(this ILogger logger, string reason);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Debug,
        Message = "Turn {ActivityType} ({ActivityName}) answered {Status} in {ElapsedMs} ms")]
    public static partial void TurnCompleted(this ILogger logger, string? activityType, string? activityName, int status, long elapsedMs);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Error,
        Message = "Turn failed for activity {ActivityId} in conversation {ConversationId}")]
    public static partial void TurnFailed(this ILogger logger, string? activityId, string? conversationId, Exception exception);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Error,
        Message = "Turn timed out after {TimeoutMs} ms for activity {ActivityId} in conversation {ConversationId}")]
    public static partial void TurnTimedOut(this ILogger logger, long timeoutMs, string? activityId, string? conversationId);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Warning,
        Message = "Invoke {InvokeName} was not handled: answered 501")]
    public static partial void InvokeNotHandled(this ILogger logger, string? invokeName);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Warning,
        Message = "BotFramework:DisableAuthentication is on: inbound requests are NOT authenticated and no outbound token is sent (local emulator mode, loopback only)")]
    public static partial void LocalModeOn(this ILogger logger);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Warning,
        Message = "Local mode refuses an activity whose serviceUrl host {Host} is not loopback")]
    public static partial void LocalModeServiceUrlRefused(this ILogger logger, string host);

    [LoggerMessage(EventId = 1030, Level = LogLevel.Debug,
        Message = "Connector {Method} {Operation} answered {Status}")]
    public static partial void ConnectorCalled(this ILogger logger, string method, string operation, int status);

    [LoggerMessage(EventId = 1031, Level = LogLevel.Warning,
        Message = "Connector {Operation} refused: {Status} {ErrorCode}")]
    public static partial void ConnectorRefused(this ILogger logger, string operation, int status, string? errorCode);

    [LoggerMessage(EventId = 1032, Level = LogLevel.Error,
        Message = "Refused to send the bot token to untrusted host {Host}")]
    public static partial void UntrustedServiceUrl(this ILogger logger, string host);

    [LoggerMessage(EventId = 1033, Level = LogLevel.Information,
        Message = "Connector call retried (attempt {Attempt}) after {Status}, waiting {DelayMs} ms")]
    public static partial void ConnectorRetry(this ILogger logger, int attempt, int status, long delayMs);

    [LoggerMessage(EventId = 1040, Level = LogLevel.Debug,
        Message = "Bot token acquired from {TokenSource}")]
    public static partial void TokenAcquired(this ILogger logger, Microsoft.Identity.Client.TokenSource tokenSource);
}
