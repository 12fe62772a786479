namespace CreditBot.Questions;

/// <summary>Log events of questions (2100–2149): kinds, ids and durations, never figures.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Answered {QuestionKind} about {ClientCode} in {ElapsedMs} ms")]
    public static partial void QuestionAnswered(this ILogger logger, string questionKind, string? clientCode, long elapsedMs);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Refused a question of {AskerObjectId} about {Subject}: not theirs to see")]
    public static partial void QuestionRefused(this ILogger logger, string askerObjectId, string subject);
}
