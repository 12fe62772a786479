using CreditBot.Bot;
using CreditBot.BotFramework;
using CreditBot.Domain;
using CreditBot.Domain.Committee;
using T = CreditBot.Texts.CommitteeTexts;

namespace CreditBot.Committee;

/// <summary>
/// <c>committee.vote</c>: a click on a committee card. The data carries the request id and the choice only; the voter
/// is the actor (<c>from.aadObjectId</c>), the request is reloaded and the domain decides whether the vote counts.
/// Every odd click gets an answer on the clicker's own view of the card, in their language.
/// </summary>
public sealed class VoteHandler(CommitteeVoting voting, ILimitRequestStore store, ILogger<VoteHandler> logger) : ICardActionHandler
{
    public string Verb => CommitteeCard.Verb;

    public async Task<CardActionAnswer> HandleAsync(CardAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var culture = action.Culture;
        var voter = action.Actor.ObjectId;
        if (action.DataString("requestId") is not { Length: > 0 and <= 64 } id || store.Find(id) is not { } record)
        {
            logger.ActionRefused(Verb, voter, "unknown request");
            return new CardActionAnswer(AdaptiveCardResponses.Message(T.Get("vote.unknown", culture)));
        }

        if (action.Trigger == BotFramework.CardActionTrigger.Automatic)
        {
            return View(record, voter, culture);
        }

        var (choice, wantsCounter) = action.DataString("choice") switch
        {
            "approve" => (VoteChoice.Approve, false),
            "counter" => (VoteChoice.Approve, true),
            "reject" => (VoteChoice.Reject, false),
            "abstain" => (VoteChoice.Abstain, false),
            "recuse" => (VoteChoice.Recuse, false),
            _ => ((VoteChoice?)null, false),
        };
        if (choice is not { } chosen)
        {
            return View(record, voter, culture, T.Get("vote.bad-choice", culture), warning: true);
        }

        Money? counter = null;
        if (wantsCounter)
        {
            if (CardInputs.Number(action, "counterAmount") is not { } typed || typed <= 0m)
            {
                return View(record, voter, culture, T.Format("vote.counter-missing", culture, record.Request.RequestedAmount.Currency.Code), warning: true);
            }

            counter = new Money(typed, record.Request.RequestedAmount.Currency);
        }

        if (voter.Length == 0)
        {
            return View(record, voter, culture, T.Get("vote.not-member", culture), warning: true);
        }

        var comment = CardInputs.Text(action, "comment", 500);
        var result = await voting.VoteAsync(id, voter, chosen, comment, counter, cancellationToken);
        if (result is null)
        {
            return new CardActionAnswer(AdaptiveCardResponses.Message(T.Get("vote.unknown", culture)));
        }

        var cast = new Vote(voter, chosen, comment, counter, default);
        var (notice, warning) = result.Outcome switch
        {
            VoteOutcome.Counted => (T.Format("vote.counted", culture, CommitteeCard.YourChoiceText(cast, culture)), false),
            VoteOutcome.Changed changed => (T.Format("vote.changed", culture, CommitteeCard.YourChoiceText(cast, culture), CommitteeCard.YourChoiceText(changed.Previous, culture)), false),
            VoteOutcome.Decided decided => (T.Format("vote.decided", culture, CommitteeCard.YourChoiceText(cast, culture), CommitteeCard.Outcome(result.Record, decided.Decision, culture)), false),
            VoteOutcome.AlreadyVoted already when already.Existing.SameAs(cast) => (T.Format("vote.same", culture, CommitteeCard.YourChoiceText(already.Existing, culture)), true),
            VoteOutcome.AlreadyVoted already => (T.Format("vote.no-change", culture, CommitteeCard.YourChoiceText(already.Existing, culture)), true),
            VoteOutcome.AlreadyClosed closed => (T.Format("vote.closed", culture, CommitteeCard.Outcome(result.Record, closed.Decision, culture)), true),
            VoteOutcome.RequesterCannotVote => (T.Get("vote.requester", culture), true),
            VoteOutcome.InvalidCounterAmount => (T.Format("vote.counter-missing", culture, record.Request.RequestedAmount.Currency.Code), true),
            _ => (T.Get("vote.not-member", culture), true),
        };
        if (warning)
        {
            logger.ActionRefused(Verb, voter, result.Outcome.GetType().Name);
        }

        return View(result.Record, voter, culture, notice, warning);
    }

    private CardActionAnswer View(LimitRequestRecord record, string voter, System.Globalization.CultureInfo culture, string? notice = null, bool warning = false)
    {
        var card = CommitteeCard.Render(record, voter.Length == 0 ? null : voter, voting.Zone, culture, notice, warning);
        return new CardActionAnswer(AdaptiveCardResponses.Card(card.ToElement()));
    }
}
