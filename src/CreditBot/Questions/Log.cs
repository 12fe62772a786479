namespace CreditBot.Questions;

/// <summary>Log events of questions (2100–2149): kinds, ids and durations, never figures.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Answered {QuestionKind} about {ClientCode} in {ElapsedMs} ms")]
    public static partial void QuestionAnswered(this ILogger logger, string questionKind, string? clientCode, long elapsedMs);

    // The asker's object id comes from the activity: escaped and capped (CreditBot.BotFramework.LogValue).
    public static void QuestionRefused(this ILogger logger, string askerObjectId, string subject) =>
        QuestionRefusedEvent(logger, CreditBot.BotFramework.LogValue.Of(askerObjectId), CreditBot.BotFramework.LogValue.Of(subject));

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Refused a question of {AskerObjectId} about {Subject}: not theirs to see")]
    private static partial void QuestionRefusedEvent(ILogger logger, string askerObjectId, string subject);
}
