namespace CreditBot.Ledger;

/// <summary>Ledger import events (5000–5099): kinds, counts, ids and durations, never amounts.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Information,
        Message = "Import from {Source} {Status} with {ProblemCount} problems: {ClientCount} clients, {OpenItemCount} open items, {PaymentCount} payments, {OrderCount} orders in {ElapsedMs} ms")]
    public static partial void ImportFinished(this ILogger logger, string source, ImportStatus status, int problemCount, int clientCount, int openItemCount, int paymentCount, int orderCount, long elapsedMs);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Error, Message = "Import observer {Observer} failed after run {RunId}")]
    public static partial void ObserverFailed(this ILogger logger, Exception exception, string observer, int runId);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Information, Message = "Loaded ledger plugin {Key} from {Assembly}")]
    public static partial void PluginLoaded(this ILogger logger, string key, string assembly);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Warning, Message = "Skipped plugin assembly {Assembly}: {Reason}")]
    public static partial void PluginSkipped(this ILogger logger, string assembly, string reason);

    [LoggerMessage(EventId = 5021, Level = LogLevel.Warning, Message = "Import endpoint refused a malformed multipart upload ({Problem})")]
    public static partial void MalformedUpload(this ILogger logger, string problem);

    [LoggerMessage(EventId = 5030, Level = LogLevel.Information, Message = "Scheduled import of {Folder} next at {Next}")]
    public static partial void ScheduledNext(this ILogger logger, string folder, DateTimeOffset next);

    [LoggerMessage(EventId = 5031, Level = LogLevel.Information, Message = "Scheduled import found no file in {Folder}")]
    public static partial void ScheduledNothing(this ILogger logger, string folder);

    [LoggerMessage(EventId = 5032, Level = LogLevel.Error, Message = "Scheduled import failed")]
    public static partial void ScheduledFailed(this ILogger logger, Exception exception);
}
