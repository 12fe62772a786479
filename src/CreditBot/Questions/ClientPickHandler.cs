using CreditBot.Answers;
using CreditBot.Bot;
using CreditBot.BotFramework;
using CreditBot.Domain.Clients;

namespace CreditBot.Questions;

/// <summary>
/// <c>client.pick</c>: a button of the "which client did you mean?" card. The data carries the
/// client code and the original question only; the asker is the action's actor, re-authorised for that client.
/// </summary>
public sealed class ClientPickHandler(QuestionHandler questions) : ICardActionHandler
{
    public string Verb => ClientChoiceCard.Verb;

    public Task<CardActionAnswer> HandleAsync(CardAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var code = action.DataString("clientCode");
        var question = action.DataString("question");
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(question))
        {
            return Task.FromResult(new CardActionAnswer(AdaptiveCardResponses.BadRequest("badChoice", Texts.Texts.Get("UnknownCardAction", action.Culture))));
        }

        // As for a question: the words of the question asked, then the saved language, then the locale.
        var culture = TurnCulture.For(action.Activity, action.Actor.Language, questions.Parse(question).Language);
        var answer = questions.RespondForClient(question, new ClientCode(code), action.Actor, culture);

        // The invoke response changes the clicker's view; the replacement changes the choice card in the
        // conversation itself, so the chat history shows the answer rather than a stale question.
        var response = answer.Card is { } card
            ? AdaptiveCardResponses.Card(card.ToElement())
            : AdaptiveCardResponses.Message(answer.Text ?? string.Empty);
        return Task.FromResult(new CardActionAnswer(response, ActivityRouter.ToMessage(answer)));
    }
}
