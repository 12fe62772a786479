namespace CreditBot.LatePayment;

/// <summary>Log events of late-payment rates (2150–2159).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2150, Level = LogLevel.Warning,
        Message = "Late-payment interest: no ECB rate for {HalfYears}; penalties over those half-years are shown as a minimum until the rate is entered under LatePayment:Rates")]
    public static partial void EcbRatesMissing(this ILogger logger, string halfYears);
}
