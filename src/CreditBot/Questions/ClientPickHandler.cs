using System.Text.Json;
using CreditBot.Bot;
using CreditBot.BotFramework;
using CreditBot.Domain.Clients;
using CreditBot.Users;

namespace CreditBot.Questions;

/// <summary>
/// <c>client.pick</c>: a button of the "which client did you mean?" card. The data carries the
/// client code and the original question only; the asker comes from the activity and is
/// re-authorised for that client.
/// </summary>
public sealed class ClientPickHandler(PeopleDirectory people, QuestionHandler questions, ConnectorClient connector) : ICardActionHandler
{
    public const string VerbName = "client.pick";

    public string Verb => VerbName;

    public async Task<InvokeResponse> HandleAsync(CardAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var code = Read(action.Data, "clientCode");
        var question = Read(action.Data, "question");
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(question))
        {
            return AdaptiveCardResponses.BadRequest("badChoice", Texts.Texts.Get("UnknownCardAction", action.Culture));
        }

        var asker = await people.IdentifyAsync(action.Activity.From, cancellationToken);

        // As for a question: the words of the question asked, then the saved language, then the locale.
        var answer = questions.RespondForClient(question, new ClientCode(code), asker, TurnCulture.For(action.Activity, asker.Language, QuestionParser.Parse(question).Language));

        // The invoke response changes the clicker's view; the edit replaces the choice card in the
        // conversation itself, so the chat history shows the answer rather than a stale question.
        if (action.Activity.ReplyToId is { Length: > 0 } messageId && ConversationReference.From(action.Activity) is { } reference)
        {
            await connector.UpdateAsync(reference, messageId, ActivityRouter.ToMessage(answer), cancellationToken);
        }

        return answer.Card is { } card
            ? AdaptiveCardResponses.Card(card.ToElement())
            : AdaptiveCardResponses.Message(answer.Text ?? string.Empty);
    }

    private static string? Read(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
