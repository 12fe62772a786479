namespace CreditBot.MachineAccess;

/// <summary>Log events of machine-to-machine access (2400–2419). Policy names, kinds and reasons: never keys or tokens.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2400, Level = LogLevel.Warning, Message = "Machine endpoint {Policy} refused a caller: {Reason}")]
    public static partial void MachineCallerRefused(this ILogger logger, string policy, string reason);

    [LoggerMessage(EventId = 2401, Level = LogLevel.Information, Message = "Machine endpoint {Policy} let in a caller by {CallerKind}")]
    public static partial void MachineCallerAllowed(this ILogger logger, string policy, string callerKind);
}
