using CreditBot.BotFramework;

namespace CreditBot.Questions;

/// <summary>What the bot answers to a question: a card, or a short text; the kind and client for the log.</summary>
public sealed record Answer(string Kind, RawJson? Card, string? Text, string? ClientCode = null)
{
    public static Answer OfCard(string kind, RawJson card, string? clientCode = null) => new(kind, card, null, clientCode);

    public static Answer OfText(string kind, string text, string? clientCode = null) => new(kind, null, text, clientCode);
}
