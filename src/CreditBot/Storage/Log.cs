namespace CreditBot.Storage;

/// <summary>Store events (5900–5949): file names, kinds and sizes, never contents.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5900, Level = LogLevel.Error, Message = "The store {DatabasePath} is damaged: {Problem}")]
    public static partial void StoreDamagedWhileRunning(this ILogger logger, string databasePath, string problem);

    [LoggerMessage(EventId = 5901, Level = LogLevel.Information, Message = "Backed up the store to a {Bytes}-byte copy for a local backup request")]
    public static partial void BackupServed(this ILogger logger, long bytes);

    [LoggerMessage(EventId = 5902, Level = LogLevel.Warning, Message = "Refused a backup request from {RemoteAddress}: {Reason}")]
    public static partial void BackupRefused(this ILogger logger, string? remoteAddress, string reason);
}
