using System.Globalization;
using System.Text.Json;
using CreditBot.Answers;
using CreditBot.Bot;
using CreditBot.BotFramework;
using CreditBot.Cards;
using CreditBot.Company;
using CreditBot.Delivery;
using CreditBot.Delivery.PostedCards;
using CreditBot.Domain.Orders;
using Microsoft.Extensions.Options;
using T = CreditBot.Texts.OrderBlockTexts;

namespace CreditBot.OrderBlocks;

/// <summary>
/// What a change of an order's block tells whom, through the outbox (STYLE.md flow 4): the approval card to the
/// approvers when a request opens (registered as a posted card, so every copy follows later changes), the salesperson
/// when a decision is made, the approvers when an order becomes ready to release, the new approver when one is
/// forwarded the order. Messages are prepared before the store transaction (rendering reads the ledger) and
/// enqueued inside it, under keys that make a repeat a no-op.
/// </summary>
public sealed class OrderBlockMessages(
    Outbox outbox,
    BlockedOrderViews views,
    OrderBlockRouting routing,
    CompanyClock clock,
    IServiceProvider services,
    IOptions<OrderBlockOptions> options,
    ILogger<OrderBlockMessages> logger)
{
    /// <summary>A message for the outbox: an activity for Teams, or <paramref name="Json"/> for a webhook.</summary>
    public sealed record Outgoing(string OrderId, string Key, OutboxRecipient Recipient, Activity? Activity, PostedCardTag? Card = null, bool NewRequest = false, string? Json = null);

    /// <summary>Name of the ERP's webhook (<see cref="OrderBlockOptions.WebhookUrl"/>) among the outbox's recipients.</summary>
    public const string ErpWebhook = "erp-orders";

    /// <summary>Type of the webhook's events: an order's status, as <c>GET /api/orders/decisions</c> lists it.</summary>
    public const string StatusEvent = "order.status";

    /// <summary>The pseudo order id under which <see cref="ForChanges"/> files the one-message summaries of a crowded import.</summary>
    public const string Summaries = "";

    public TimeZoneInfo Zone => clock.Zone;

    /// <summary>
    /// The messages the changes of an import cause, by order id. An approver with more new requests than
    /// <paramref name="maxCardsPerApprover"/> gets one message naming them instead of a card each, filed under
    /// <see cref="Summaries"/> with a key unique to <paramref name="runKey"/>.
    /// </summary>
    public ILookup<string, Outgoing> ForChanges(IEnumerable<OrderBlockChange> changes, string runKey = "", int maxCardsPerApprover = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var outgoing = new List<Outgoing>();
        var blocks = new Dictionary<string, OrderBlock>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            var block = change.After;
            blocks[block.Id] = block;
            if (change.Before is null || OrderChecks.Status(change.Before.State) != OrderChecks.Status(block.State))
            {
                outgoing.AddRange(ToErp(block));
            }

            switch (block.History[^1].Kind)
            {
                case OrderBlockEventKind.Opened or OrderBlockEventKind.Reopened:
                    outgoing.AddRange(ApprovalCards(block, routing.ApproversOf(block), "approval").Select(o => o with { NewRequest = true }));
                    break;
                case OrderBlockEventKind.Reminded:
                    outgoing.AddRange(ApprovalCards(block, routing.ApproversOf(block), "reminder", culture => Texts.OrderBlockTexts.Format("told.reminder", culture, block.OrderNumber, ClientName(block))));
                    break;
                case OrderBlockEventKind.Escalated:
                    outgoing.AddRange(ApprovalCards(block, routing.ApproversOf(block), "escalated", culture => Texts.OrderBlockTexts.Format("told.escalated", culture, block.OrderNumber, ClientName(block))));
                    break;
                case OrderBlockEventKind.BecameReady:
                    outgoing.AddRange(ToApprovers(block, "ready", "told.ready"));
                    break;
                case OrderBlockEventKind.AutoReleased:
                    outgoing.AddRange(ToApprovers(block, "auto-released", "told.auto-released-approver"));
                    outgoing.AddRange(ToSalesperson(block));
                    break;
            }
        }

        var crowded = outgoing.Where(o => o.NewRequest).GroupBy(o => o.Recipient.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > maxCardsPerApprover).ToList();
        foreach (var cards in crowded)
        {
            outgoing.RemoveAll(o => o.NewRequest && o.Recipient.Id == cards.Key);
            outgoing.Add(Summary(cards.Key, [.. cards.Select(c => blocks[c.OrderId])], runKey));
        }

        return outgoing.ToLookup(o => o.OrderId, StringComparer.Ordinal);
    }

    // "12 new blocked orders wait for your decision (largest: CMD-7 for ACME, 48 000 €). Type « commandes bloquées » ..."
    private Outgoing Summary(string approver, IReadOnlyList<OrderBlock> waiting, string runKey)
    {
        var culture = CultureOf(routing.Entry(approver)?.Language);
        var largest = waiting.MaxBy(b => b.OrderAmount.Amount)!;
        var currencies = waiting.Select(b => b.OrderAmount.Currency).Distinct().ToList();
        var total = currencies.Count == 1
            ? T.Format("told.batch.total", culture, Figures.Money(new Domain.Money(waiting.Sum(b => b.OrderAmount.Amount), currencies[0]), culture))
            : string.Empty;
        var text = T.Format(
            "told.batch",
            culture,
            waiting.Count.ToString("N0", culture),
            total,
            largest.OrderNumber,
            ClientName(largest),
            Figures.Money(largest.OrderAmount, culture));
        return new Outgoing(Summaries, $"orders:{runKey}:waiting:{approver}", OutboxRecipient.Person(approver), Activity.CreateMessage(text));
    }

    /// <summary>The messages a person's decision causes: the outcome to the salesperson, or the card to the new approver.</summary>
    public IReadOnlyList<Outgoing> ForDecision(OrderBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var last = block.History[^1];
        if (last.Kind == OrderBlockEventKind.Forwarded)
        {
            var to = routing.ApproversOf(block);
            var by = last.Decision?.DeciderName ?? string.Empty;
            return [.. ApprovalCards(block, to, "forward", culture => T.Format("told.forwarded", culture, by, block.OrderNumber, ClientName(block)))];
        }

        return last.Kind == OrderBlockEventKind.Decided ? [.. ToSalesperson(block), .. ToErp(block)] : [];
    }

    // The ERP's webhook, when there is one: the order's new status, once per version.
    private IEnumerable<Outgoing> ToErp(OrderBlock block)
    {
        if (string.IsNullOrWhiteSpace(options.Value.WebhookUrl))
        {
            yield break;
        }

        var key = $"order:{block.Id}:erp:v{block.Version}";
        var body = new OrderStatusEvent(StatusEvent, key, block.UpdatedAt, OrderChecks.Entry(block));
        yield return new Outgoing(block.Id, key, OutboxRecipient.Webhook(ErpWebhook), null, Json: JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }

    /// <summary>Enqueues in the caller's transaction (the outbox joins it).</summary>
    public void Enqueue(IEnumerable<Outgoing> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            if (message.Json is { } json)
            {
                outbox.Enqueue(message.Key, message.Recipient, json);
            }
            else
            {
                outbox.Enqueue(message.Key, message.Recipient, message.Activity!, message.Card);
            }
        }
    }

    public void Enqueue(ILookup<string, Outgoing> messages, string orderId)
    {
        ArgumentNullException.ThrowIfNull(messages);
        Enqueue(messages[orderId]);
    }

    /// <summary>After the commit: the dispatcher could not see the messages before.</summary>
    public void Wake() => outbox.Wake();

    /// <summary>The card as it stands, in <paramref name="culture"/>, with an optional notice under the state.</summary>
    public RawJson Card(OrderBlock block, CultureInfo culture, string? notice = null) =>
        BlockedOrderCard.Render(views.For(block), culture, clock.Zone, notice);

    /// <summary>What a partial release may cover today, read from the ledger.</summary>
    public Domain.Money? Headroom(OrderBlock block) => views.For(block).HeadroomBefore;

    public IReadOnlyList<string> Snapshot(OrderBlock block, CultureInfo culture) => BlockedOrderCard.Snapshot(views.For(block), culture, clock.Zone);

    /// <summary>
    /// Brings every posted copy of each block's card to its version, in the copy's language (web host only: the
    /// command line has no Connector). Returns how many copies were replaced.
    /// </summary>
    public async Task<int> UpdateCopiesAsync(IEnumerable<OrderBlock> blocks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (services.GetService<PostedCardUpdater>() is not { } updater)
        {
            return 0;
        }

        var total = 0;
        foreach (var block in blocks)
        {
            var view = views.For(block);
            var outcomes = await updater.UpdateAllAsync(
                BlockedOrderCard.Kind,
                block.Id,
                block.Version,
                copy => BlockedOrderCard.Render(view, CultureOf(copy.Culture), clock.Zone),
                cancellationToken);
            var updated = outcomes.Count(o => o.Outcome == PostedCardOutcome.Updated);
            if (updated > 0)
            {
                logger.CopiesUpdated(block.Id, updated, block.Version);
            }

            total += updated;
        }

        return total;
    }

    public static CultureInfo CultureOf(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? TurnCulture.English : TurnCulture.French;

    private IEnumerable<Outgoing> ApprovalCards(OrderBlock block, IReadOnlyList<Users.Person> to, string why, Func<CultureInfo, string>? intro = null)
    {
        if (to.Count == 0)
        {
            yield break;
        }

        var view = views.For(block);
        foreach (var person in to.Where(p => p.ObjectId.Length > 0))
        {
            var culture = CultureOf(person.Language ?? routing.Entry(person.ObjectId)?.Language);
            var message = Activity.CreateMessage(intro?.Invoke(culture));
            message.Attachments = [Attachment.AdaptiveCard(BlockedOrderCard.Render(view, culture, clock.Zone))];
            yield return new Outgoing(
                block.Id,
                $"order:{block.Id}:{why}:v{block.Version}:{person.ObjectId}",
                OutboxRecipient.Person(person.ObjectId),
                message,
                new PostedCardTag(BlockedOrderCard.Kind, block.Id, block.Version, culture.Name));
        }
    }

    private IEnumerable<Outgoing> ToApprovers(OrderBlock block, string why, string textKey) =>
        routing.ApproversOf(block).Where(p => p.ObjectId.Length > 0).Select(person =>
        {
            var culture = CultureOf(person.Language ?? routing.Entry(person.ObjectId)?.Language);
            var text = T.Format(textKey, culture, block.OrderNumber, ClientName(block), Figures.Money(block.OrderAmount, culture));
            return new Outgoing(block.Id, $"order:{block.Id}:{why}:v{block.Version}:{person.ObjectId}", OutboxRecipient.Person(person.ObjectId), Activity.CreateMessage(text));
        });

    private IEnumerable<Outgoing> ToSalesperson(OrderBlock block)
    {
        if (routing.SalespersonObjectId(block) is not { } salesperson || block.Decision is not { } decision)
        {
            yield break;
        }

        var culture = CultureOf(routing.Entry(salesperson)?.Language);
        var amount = Figures.Money(block.OrderAmount, culture);
        var when = BlockedOrderCard.When(decision.At, culture, clock.Zone);
        var text = decision.DeciderId == OrderBlock.SystemDecider
            ? T.Format("told.auto-released", culture, block.OrderNumber, ClientName(block), amount, when)
            : T.Format(
                "told." + decision.Kind,
                culture,
                block.OrderNumber,
                ClientName(block),
                amount,
                decision.DeciderName,
                when,
                decision.Kind == OrderDecisionKind.Reject
                    ? (decision.RejectReason is { } reason && BlockedOrderCard.RejectReasons.Contains(reason) ? T.Get(reason, culture) : string.Empty)
                    : decision.Condition is { } condition ? BlockedOrderCard.Condition(condition, culture) : string.Empty);
        if (decision.Comment is { Length: > 0 } comment && decision.DeciderId != OrderBlock.SystemDecider)
        {
            text += T.Format("told.comment", culture, Markdown.Literal(comment));
        }

        yield return new Outgoing(block.Id, $"order:{block.Id}:decided:v{block.Version}:{salesperson}", OutboxRecipient.Person(salesperson), Activity.CreateMessage(text));
    }

    private string ClientName(OrderBlock block) => views.ClientName(block);
}
