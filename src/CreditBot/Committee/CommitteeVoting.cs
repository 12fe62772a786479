using System.Globalization;
using CreditBot.BotFramework;
using CreditBot.Company;
using CreditBot.Delivery;
using CreditBot.Delivery.PostedCards;
using CreditBot.Domain;
using CreditBot.Domain.Committee;
using CreditBot.Storage;
using Microsoft.Extensions.Options;
using T = CreditBot.Texts.CommitteeTexts;

namespace CreditBot.Committee;

/// <summary>
/// Applies votes and closings to limit requests, exactly once: the store's versioned update decides, and in the same
/// transaction a decision enqueues the requester's message, the minutes and the decided limit. Then every posted copy
/// of the card is brought up to the latest version.
/// </summary>
public sealed class CommitteeVoting(
    ILimitRequestStore store,
    DecidedLimitStore decidedLimits,
    Outbox outbox,
    PostedCardUpdater updater,
    CompanyClock clock,
    IOptions<CommitteeOptions> options,
    TimeProvider time,
    ILogger<CommitteeVoting> logger)
{
    /// <summary>The language the minutes are kept in.</summary>
    public static readonly CultureInfo CompanyCulture = CultureInfo.GetCultureInfo("fr-FR");

    public TimeZoneInfo Zone => clock.Zone;

    /// <summary>Records a member's vote; null when the request does not exist.</summary>
    public async Task<VoteResult?> VoteAsync(string requestId, string member, VoteChoice choice, string? comment, Money? counter, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var change = store.Update(requestId, record =>
        {
            var request = record.ToDomain();
            var outcome = request.Vote(member, choice, comment, counter, now);
            var voteEvent = new LimitRequestEvent(record.Id, record.Version + 1, now, member, "vote", choice, comment, counter, outcome.GetType().Name);
            return Decide(record, request, outcome, member, outcome is VoteOutcome.AlreadyClosed ? null : voteEvent);
        });
        return await AfterAsync(change?.Result, member, cancellationToken);
    }

    /// <summary>Closes a request at <paramref name="at"/> (at or past its deadline: the deadline's rule).</summary>
    public async Task<VoteResult?> CloseAsync(string requestId, DateTimeOffset at, string actor, CancellationToken cancellationToken)
    {
        var change = store.Update(requestId, record =>
        {
            var request = record.ToDomain();
            return Decide(record, request, request.Close(at), actor, null);
        });
        return await AfterAsync(change?.Result, actor, cancellationToken);
    }

    /// <summary>Brings every posted copy of a request's card to its latest version, each in its reader's language and view.</summary>
    public async Task<IReadOnlyList<PostedCardUpdate>> RefreshCopiesAsync(string requestId, CancellationToken cancellationToken)
    {
        if (store.Find(requestId) is not { } latest)
        {
            return [];
        }

        RawJson Render(PostedCard copy) => CommitteeCard.Render(latest, copy.RecipientObjectId, clock.Zone, CultureInfo.GetCultureInfo(copy.Culture ?? "fr-FR"));
        var outcomes = await updater.UpdateAllAsync(CommitteeCard.Kind, requestId, latest.Version, Render, cancellationToken);

        // A copy whose update failed would show an old tally until the next vote, and after a closing there is none:
        // one more pass (copies already current are skipped).
        return outcomes.Any(o => o.Outcome == PostedCardOutcome.Failed)
            ? await updater.UpdateAllAsync(CommitteeCard.Kind, requestId, latest.Version, Render, cancellationToken)
            : outcomes;
    }

    private async Task<VoteResult?> AfterAsync(VoteResult? result, string actor, CancellationToken cancellationToken)
    {
        if (result is null)
        {
            return null;
        }

        logger.VoteHandled(result.Record.Id, actor, result.Outcome.GetType().Name, result.Record.Version);
        if (result.Changed)
        {
            outbox.Wake();
            await RefreshCopiesAsync(result.Record.Id, cancellationToken);
        }

        return result;
    }

    private LimitRequestChange<VoteResult> Decide(LimitRequestRecord record, LimitRequest request, VoteOutcome outcome, string actor, LimitRequestEvent? voteEvent)
    {
        if (request.Version == record.Version)
        {
            return new LimitRequestChange<VoteResult>(null, [], new VoteResult(outcome, record, Changed: false));
        }

        var changed = record with { Request = request.ToSnapshot() };
        var events = new List<LimitRequestEvent>();
        if (voteEvent is not null)
        {
            events.Add(voteEvent);
        }

        if (record.Request.Decision is null && request.Decision is { } decision)
        {
            changed = changed with { Minutes = Minutes.Write(changed, clock.Zone, CompanyCulture) };
            events.Add(new LimitRequestEvent(record.Id, request.Version, decision.DecidedAt, actor, "decided", CounterAmount: decision.Amount, Outcome: decision.Outcome.ToString()));
            Announce(changed, decision);
            logger.RequestDecided(record.Id, decision.Outcome, decision.Closing);
        }

        return new LimitRequestChange<VoteResult>(changed, events, new VoteResult(outcome, changed, Changed: true));
    }

    /// <summary>Inside the decision's transaction: the requester's message, the minutes to the committee, the limit in force.</summary>
    private void Announce(LimitRequestRecord record, CommitteeDecision decision)
    {
        var request = record.Request;
        var requesterCulture = CultureInfo.GetCultureInfo(record.RequesterCulture);
        outbox.Enqueue(
            $"limit:{record.Id}:decided:{request.Requester}",
            OutboxRecipient.Person(request.Requester),
            Activity.CreateMessage(RequesterMessage(record, decision, requesterCulture)));

        if (options.Value.ConversationId is { Length: > 0 } conversation)
        {
            outbox.Enqueue($"limit:{record.Id}:minutes:{conversation}", OutboxRecipient.Conversation(conversation), Activity.CreateMessage(MinutesMessage(record, CompanyCulture)));
        }
        else
        {
            foreach (var member in request.Members)
            {
                var culture = CultureInfo.GetCultureInfo(record.CultureOf(member));
                outbox.Enqueue($"limit:{record.Id}:minutes:{member}", OutboxRecipient.Person(member), Activity.CreateMessage(MinutesMessage(record, culture)));
            }
        }

        if (decision.Outcome == DecisionOutcome.Approved)
        {
            decidedLimits.Record(new DecidedLimit(
                request.Client.Value,
                decision.Amount ?? request.RequestedAmount,
                CommitteeCard.ReviewDate(record, decision),
                record.Id,
                decision.DecidedAt,
                request.CurrentLimit));
        }
    }

    public string RequesterMessage(LimitRequestRecord record, CommitteeDecision decision, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(decision);
        var client = $"{record.ClientName} ({record.Request.Client.Value})";
        var votes = Minutes.VotesSummary(decision, record.Request, culture);
        var requested = Answers.Figures.Money(record.Request.RequestedAmount, culture);
        return decision.Outcome switch
        {
            DecisionOutcome.Approved => T.Format(
                "outcome.Approved", culture, record.Id, client, Answers.Figures.Money(decision.Amount ?? record.Request.RequestedAmount, culture),
                Answers.Figures.Date(CommitteeCard.ReviewDate(record, decision), culture), votes),
            DecisionOutcome.Rejected => T.Format("outcome.Rejected", culture, record.Id, client, requested, votes),
            _ => T.Format("outcome.NoQuorum", culture, record.Id, client, requested, votes),
        };
    }

    private string MinutesMessage(LimitRequestRecord record, CultureInfo culture) =>
        T.Format("minutes.posted", culture, record.Id, record.ClientName) + "\n\n" + Minutes.Write(record, clock.Zone, culture);
}

/// <summary>A vote or closing and what came of it; <see cref="Changed"/> when the request was saved.</summary>
public sealed record VoteResult(VoteOutcome Outcome, LimitRequestRecord Record, bool Changed);
