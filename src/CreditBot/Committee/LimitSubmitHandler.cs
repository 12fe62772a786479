using CreditBot.Answers;
using CreditBot.Bot;
using CreditBot.BotFramework;
using CreditBot.Domain.Clients;
using CreditBot.Questions;
using CreditBot.Storage;
using T = CreditBot.Texts.CommitteeTexts;

namespace CreditBot.Committee;

/// <summary>
/// <c>limit.submit</c>: the limit-request form sent. The data names the client only; the client is re-read, the
/// actor re-authorised for it, and every input re-validated. Once sent, the form is replaced by the answer.
/// </summary>
public sealed class LimitSubmitHandler(LimitRequests requests, QuestionHandler questions, LedgerStore ledger, ILogger<LimitSubmitHandler> logger) : ICardActionHandler
{
    public string Verb => LimitRequestForm.Verb;

    public async Task<CardActionAnswer> HandleAsync(CardAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var culture = action.Culture;
        var client = action.DataString("clientCode") is { Length: > 0 and <= 64 } code ? ledger.FindClient(new ClientCode(code)) : null;
        if (client is null)
        {
            return Reply(T.Get("form.unknown-client", culture));
        }

        if (action.Actor.ObjectId.Length == 0 || !questions.CanSee(action.Actor, client))
        {
            logger.ActionRefused(Verb, action.Actor.ObjectId, "not allowed to see the client");
            return Reply(PlainReplies.Refusal(culture));
        }

        var input = new LimitRequestInput(
            CardInputs.Number(action, "amount"),
            CardInputs.Date(action, "validUntil"),
            CardInputs.Text(action, "justification", 1000),
            CardInputs.Number(action, "monthlyBusiness"));
        var formKey = $"{action.Actor.ObjectId}|{action.Activity.Conversation?.Id}|{action.CardActivityId ?? action.Activity.Id}";
        var outcome = await requests.SubmitAsync(action.Actor, client, input, formKey, culture, cancellationToken);
        return outcome.Sent
            ? new CardActionAnswer(AdaptiveCardResponses.Message(outcome.Text), Activity.CreateMessage(outcome.Text))
            : Reply(outcome.Text);
    }

    private static CardActionAnswer Reply(string text) => new(AdaptiveCardResponses.Message(text));
}
