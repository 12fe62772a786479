namespace CreditBot.Users;

/// <summary>Log events of the directory (2700–2719): ids, statuses and counts, never names or tokens.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2700, Level = LogLevel.Warning, Message = "Graph answered {StatusCode} when reading person {ObjectId}; {Fallback}")]
    public static partial void GraphReadFailed(this ILogger logger, int statusCode, string objectId, string fallback);

    [LoggerMessage(EventId = 2701, Level = LogLevel.Information, Message = "Installed the Teams app for {ObjectId}: {Status}")]
    public static partial void AppInstalled(this ILogger logger, string objectId, AppInstallStatus status);

    [LoggerMessage(EventId = 2702, Level = LogLevel.Warning, Message = "Installing the Teams app for {ObjectId} failed: {Status} (HTTP {StatusCode})")]
    public static partial void AppInstallFailed(this ILogger logger, string objectId, AppInstallStatus status, int statusCode);

    [LoggerMessage(EventId = 2703, Level = LogLevel.Warning, Message = "Graph:TeamsAppCatalogId is not set: the app cannot be installed for {ObjectId}")]
    public static partial void NoCatalogId(this ILogger logger, string objectId);
}
