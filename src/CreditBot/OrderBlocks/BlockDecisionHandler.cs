using System.Globalization;
using System.Text.Json;
using CreditBot.Answers;
using CreditBot.Bot;
using CreditBot.BotFramework;
using CreditBot.Domain;
using CreditBot.Domain.Decisions;
using CreditBot.Domain.Orders;
using CreditBot.Storage;
using CreditBot.Users;
using T = CreditBot.Texts.OrderBlockTexts;

namespace CreditBot.OrderBlocks;

/// <summary>
/// The four verbs of the approval card: <c>order.release</c>, <c>order.release-conditions</c>, <c>order.reject</c>,
/// <c>order.forward</c>. The data carries the request id and the version the card showed; everything else is read
/// again. The actor must hold the authority over the client's unit and the amount (never the order's salesperson); the
/// first decision wins (version-checked in one store transaction, which also enqueues the salesperson's message); every
/// copy of the card is then updated. Refusals are answers, in the actor's language, and change nothing.
/// </summary>
public sealed class BlockDecisionHandler(
    string verb,
    IOrderBlockStore blocks,
    OrderBlockRouting routing,
    OrderBlockMessages messages,
    CreditDatabase database,
    TimeProvider time,
    ILogger<BlockDecisionHandler> logger) : ICardActionHandler
{
    public static readonly string[] Verbs =
        [BlockedOrderCard.ReleaseVerb, BlockedOrderCard.ConditionsVerb, BlockedOrderCard.RejectVerb, BlockedOrderCard.ForwardVerb];

    public string Verb => verb;

    public async Task<CardActionAnswer> HandleAsync(CardAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var culture = action.Culture;
        var actor = action.Actor;
        var id = action.DataString("requestId");
        var shown = Long(action.Data, "version");
        if (id is null || shown is null || blocks.Find(id) is not { } block)
        {
            return Refuse(action, "unknown", T.Get("refused.unknown", culture));
        }

        // A refresh (user-specific view) or a click: both get the card as it stands for them.
        if (action.Trigger == CardActionTrigger.Automatic)
        {
            return CardAnswer(messages.Card(block, culture));
        }

        if (Authorise(actor, block, culture) is { } refusal)
        {
            return Refuse(action, refusal.Code, refusal.Text);
        }

        var (decision, problem) = ReadDecision(action, block, culture);
        if (decision is null)
        {
            return Refuse(action, "input", problem!);
        }

        // What the approver saw, at the version they clicked: kept with the decision.
        decision = decision with { Snapshot = messages.Snapshot(block, culture) };

        var (outcome, saved) = database.InTransaction(_ =>
        {
            var current = blocks.Find(block.Id)!;
            var result = current.Decide(decision, shown.Value);
            if (result is DecideOutcome.Applied applied)
            {
                if (!blocks.TrySave(applied.Block, current.Version))
                {
                    throw new InvalidOperationException($"Order block {current.Id} changed inside a transaction.");
                }

                messages.Enqueue(messages.ForDecision(applied.Block));
                return (result, applied.Block);
            }

            return (result, current);
        }, ledgerChanges: false);

        switch (outcome)
        {
            case DecideOutcome.Applied:
                messages.Wake();
                logger.ActionHandled(saved.Id, verb, actor.ObjectId, "applied", saved.Version);
                await messages.UpdateCopiesAsync([saved], cancellationToken);
                return CardAnswer(messages.Card(saved, culture));
            case DecideOutcome.AlreadyDecided already:
                logger.ActionHandled(saved.Id, verb, actor.ObjectId, "already-decided", saved.Version);
                return Refuse(action, "already", T.Format(
                    "refused.already",
                    culture,
                    T.Get("decision." + already.Decision.Kind, culture),
                    already.Decision.DeciderName,
                    BlockedOrderCard.When(already.Decision.At, culture, messages.Zone)));
            case DecideOutcome.StaleVersion stale:
                logger.ActionHandled(saved.Id, verb, actor.ObjectId, "stale", saved.Version);
                var text = T.Format("refused.stale", culture, stale.Shown.ToString(culture), saved.Version.ToString(culture));
                return action.IsSubmitFallback
                    ? Refuse(action, "stale", text)
                    : CardAnswer(messages.Card(saved, culture, text));
            default:
                logger.ActionHandled(saved.Id, verb, actor.ObjectId, "not-open", saved.Version);
                return Refuse(action, "not-open", T.Format("refused.not-open", culture, saved.State));
        }
    }

    private (string Code, string Text)? Authorise(Person actor, OrderBlock block, CultureInfo culture)
    {
        if (actor.IsSalespersonOf(block.Salesperson) || (actor.ObjectId.Length > 0 && string.Equals(routing.SalespersonObjectId(block), actor.ObjectId, StringComparison.OrdinalIgnoreCase)))
        {
            return ("own-order", T.Get("refused.own-order", culture));
        }

        var held = routing.HeldBy(actor, block);
        var assignee = block.AssigneeId is { } a && string.Equals(a, actor.ObjectId, StringComparison.OrdinalIgnoreCase);
        if (held is null && !assignee)
        {
            return ("not-approver", T.Get("refused.not-approver", culture));
        }

        if (verb == BlockedOrderCard.ForwardVerb)
        {
            return null;
        }

        // The person it was forwarded to decides with their own authority; someone forwarded to without a role has the lowest.
        var matrix = routing.Matrix(block.OrderAmount.Currency);
        var check = matrix.Check(actor.ObjectId, held ?? AuthorityLevel.CreditManager, routing.SalespersonObjectId(block) ?? block.Salesperson ?? string.Empty, block.OrderAmount);
        return check switch
        {
            AuthorityCheck.Allowed => null,
            AuthorityCheck.RequesterCannotDecide => ("own-order", T.Get("refused.own-order", culture)),
            AuthorityCheck.AboveAuthority above => ("above-authority", T.Format(
                "refused.above-authority",
                culture,
                T.Format("authority." + above.Required, culture, Figures.Money(above.Required == AuthorityLevel.Cfo ? matrix.CfoUpTo : matrix.CreditManagerUpTo, culture)),
                Figures.Money(above.UpTo, culture))),
            AuthorityCheck.CommitteeRequired committee => ("committee", T.Format("refused.committee", culture, Figures.Money(committee.AboveCfoLimit, culture))),
            _ => ("not-approver", T.Get("refused.not-approver", culture)),
        };
    }

    private (OrderDecision? Decision, string? Problem) ReadDecision(CardAction action, OrderBlock block, CultureInfo culture)
    {
        var actor = action.Actor;
        var comment = (verb switch
        {
            BlockedOrderCard.ConditionsVerb => action.DataString("conditionsComment"),
            BlockedOrderCard.RejectVerb => action.DataString("rejectComment"),
            BlockedOrderCard.ForwardVerb => action.DataString("forwardComment"),
            _ => null,
        } ?? action.DataString("comment"))?.Trim();
        var decision = new OrderDecision
        {
            Kind = OrderDecisionKind.Release,
            DeciderId = actor.ObjectId,
            DeciderName = actor.Name ?? actor.Upn ?? actor.ObjectId,
            At = time.GetUtcNow(),
            Comment = string.IsNullOrEmpty(comment) ? null : comment[..Math.Min(comment.Length, 500)],
        };

        switch (verb)
        {
            case BlockedOrderCard.ReleaseVerb:
                return (decision, null);
            case BlockedOrderCard.ConditionsVerb:
                var condition = Enum.TryParse<ReleaseConditionKind>(action.DataString("condition"), out var kind) && Enum.IsDefined(kind) ? kind : (ReleaseConditionKind?)null;
                switch (condition)
                {
                    case ReleaseConditionKind.AgainstPrepayment:
                        return (decision with { Kind = OrderDecisionKind.ReleaseWithConditions, Condition = new ReleaseCondition(kind) }, null);
                    case ReleaseConditionKind.ShorterTerms when Long(action.Data, "termsDays") is { } days and >= 0 and <= 120:
                        return (decision with { Kind = OrderDecisionKind.ReleaseWithConditions, Condition = new ReleaseCondition(kind, TermsDays: (int)days) }, null);
                    case ReleaseConditionKind.PartialUpToHeadroom:
                        // The headroom is read again here, never taken from the card.
                        var view = messages.Headroom(block);
                        return view is { IsPositive: true } headroom
                            ? (decision with
                            {
                                Kind = OrderDecisionKind.ReleaseWithConditions,
                                Condition = new ReleaseCondition(kind, Money.Min(headroom, block.OrderAmount)),
                            }, null)
                            : (null, T.Get("refused.no-headroom", culture));
                    default:
                        return (null, T.Get("refused.missing-condition", culture));
                }

            case BlockedOrderCard.RejectVerb:
                var reason = action.DataString("rejectReason");
                return reason is not null && BlockedOrderCard.RejectReasons.Contains(reason)
                    ? (decision with { Kind = OrderDecisionKind.Reject, RejectReason = reason }, null)
                    : (null, T.Get("refused.missing-reason", culture));
            default:
                var to = action.DataString("forwardTo");
                var target = to is null ? null : routing.Approvers(block).FirstOrDefault(p => string.Equals(p.ObjectId, to, StringComparison.OrdinalIgnoreCase));
                return target is null || string.Equals(target.ObjectId, actor.ObjectId, StringComparison.OrdinalIgnoreCase)
                    ? (null, T.Get("refused.bad-forward", culture))
                    : (decision with { Kind = OrderDecisionKind.Forward, ForwardTo = target.ObjectId, ForwardToName = target.Name ?? target.ObjectId }, null);
        }
    }

    private CardActionAnswer Refuse(CardAction action, string code, string text)
    {
        logger.ActionRefused(verb, action.Actor.ObjectId, code);
        return new CardActionAnswer(AdaptiveCardResponses.Message(text));
    }

    private static CardActionAnswer CardAnswer(RawJson card) => new(AdaptiveCardResponses.Card(card.ToElement()));

    private static long? Long(JsonElement? data, string name)
    {
        if (data is not { ValueKind: JsonValueKind.Object } d || !d.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var n) => n,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) => s,
            _ => null,
        };
    }
}
