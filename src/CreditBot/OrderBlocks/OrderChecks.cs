using System.Globalization;
using CreditBot.Answers;
using CreditBot.Bot;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Orders;
using CreditBot.Storage;

namespace CreditBot.OrderBlocks;

/// <summary>
/// An ERP's credit check at order entry: the block rules on the client's figures with this order; a blocked order
/// opens an approval request (stored and its cards enqueued in one transaction, as an import would, together with the
/// checks that arrive meanwhile: <see cref="OrderBlockBatches"/>). A repeat with
/// the same ERP order id answers the stored request as it stands (its decision, once made) and opens nothing.
/// </summary>
public sealed class OrderChecks(
    LedgerStore ledger,
    OrderBook orderBook,
    IOrderBlockStore blocks,
    OrderBlockEvaluator evaluator,
    OrderBlockMessages messages,
    OrderBlockBatches batches,
    Company.CompanyClock clock,
    TimeProvider time)
{
    public const string Definition =
        "Exposure = open items + uninvoiced orders of the last import (prepayments left out); the order is added to it. "
        + "Blocked when overdue beyond tolerance, no credit line, the limit not yet valid or exceeded, its review date passed, or a manual block.";

    public abstract record Outcome
    {
        private Outcome()
        {
        }

        public sealed record Answered(OrderCheckAnswer Answer, bool Opened) : Outcome;

        public sealed record Invalid(string Problem) : Outcome;

        public sealed record UnknownClient(string Client) : Outcome;
    }

    public async Task<Outcome> CheckAsync(OrderCheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.OrderId) || request.OrderId.Length > 100 || request.OrderId.Contains('|', StringComparison.Ordinal))
        {
            return new Outcome.Invalid("orderId is required (at most 100 characters, no '|').");
        }

        if (string.IsNullOrWhiteSpace(request.Client))
        {
            return new Outcome.Invalid("client is required.");
        }

        if (request.Amount is not { } amount || amount <= 0m)
        {
            return new Outcome.Invalid("amount is required and must be positive.");
        }

        var code = new ClientCode(request.Client.Trim());
        if (ledger.FindClient(code) is not { } client)
        {
            return new Outcome.UnknownClient(code.Value);
        }

        if (request.Currency is { Length: > 0 } currency && !string.Equals(currency, client.Currency.Code, StringComparison.OrdinalIgnoreCase))
        {
            return new Outcome.Invalid($"currency must be the client's ({client.Currency.Code}).");
        }

        var orderId = request.OrderId.Trim();
        var id = OrderBlock.IdOf(code, orderId);
        if (blocks.Find(id) is { } known)
        {
            return new Outcome.Answered(Answer(known, client, null), Opened: false);
        }

        var asOf = ledger.FindSnapshot()?.AsOf ?? clock.Today;
        var order = new Order { Client = code, Number = orderId, Date = asOf, Amount = new Money(amount, client.Currency), Prepayment = request.Prepayment };
        var orders = orderBook.Of(code).Where(o => o.Number != orderId).Append(order).ToList();
        if (evaluator.Evaluate(client, ledger.OpenItemsOf(code), orders, order, asOf) is not { } evaluation)
        {
            return new Outcome.Invalid("the client's items are not all in its currency: the check cannot add them up.");
        }

        if (!evaluation.Decision.IsBlocked)
        {
            return new Outcome.Answered(Answer(evaluation, client), Opened: false);
        }

        var opened = OrderBlock.Open(evaluation, time.GetUtcNow()) with { Origin = OrderBlock.FromErp };
        var outgoing = messages.ForChanges([new OrderBlockChange(null, opened)]);
        var added = await batches.AddAsync(opened, outgoing[opened.Id]);

        // Lost a race with the same order id: the first check's request is the answer.
        var stored = added ? opened : blocks.Find(id)!;
        return new Outcome.Answered(Answer(stored, client, evaluation), Opened: added);
    }

    /// <summary>Orders whose block changed at or after <paramref name="since"/>, oldest first.</summary>
    public IReadOnlyList<OrderDecisionEntry> ChangedSince(DateTimeOffset since, int max) =>
        [.. blocks.ChangedSince(since, max).Select(Entry)];

    /// <summary>What the ERP is told of an order's block (the decisions list and the webhook say the same).</summary>
    public static OrderDecisionEntry Entry(OrderBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return new OrderDecisionEntry(block.Id, block.Client.Value, block.OrderNumber, Status(block.State), block.Version, block.UpdatedAt, Decision(block));
    }

    public static string Status(OrderBlockState state) => state switch
    {
        OrderBlockState.PendingDecision => "blocked",
        OrderBlockState.ReadyToRelease => "ready-to-release",
        OrderBlockState.Released => "released",
        OrderBlockState.ReleasedWithConditions => "released-with-conditions",
        OrderBlockState.Rejected => "rejected",
        _ => "expired",
    };

    private static OrderCheckAnswer Answer(OrderBlockEvaluation evaluation, Client client) => new()
    {
        OrderId = evaluation.OrderNumber,
        Client = client.Code.Value,
        Status = evaluation.Decision.IsBlocked ? "blocked" : "released",
        Reasons = Reasons(evaluation.Decision.Reasons),
        Figures = Figures(evaluation.OrderAmount, evaluation.Exposure, evaluation.Limit, evaluation.Overdue),
        AsOf = evaluation.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Definition = Definition,
    };

    private static OrderCheckAnswer Answer(OrderBlock block, Client client, OrderBlockEvaluation? evaluation) => new()
    {
        OrderId = block.OrderNumber,
        Client = client.Code.Value,
        Status = Status(block.State),
        RequestId = block.Id,
        Version = block.Version,
        Reasons = Reasons(block.Reasons),
        Figures = evaluation is null
            ? Figures(block.OrderAmount, block.ExposureAtBlock, block.LimitAtBlock, block.OverdueAtBlock)
            : Figures(evaluation.OrderAmount, evaluation.Exposure, evaluation.Limit, evaluation.Overdue),
        Decision = Decision(block),
        AsOf = block.BlockedAsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Definition = Definition,
    };

    private static OrderCheckDecision? Decision(OrderBlock block) => block.Decision is { } d && block.IsDecided
        ? new OrderCheckDecision(
            d.Kind.ToString(),
            d.DeciderName,
            d.At,
            d.Comment,
            d.Condition is { } c ? BlockedOrderCard.Condition(c, TurnCulture.English) : null,
            d.RejectReason,
            block.ReleasedAmount?.Amount)
        : null;

    private static List<OrderCheckReason> Reasons(IEnumerable<BlockReason> reasons) =>
        [.. reasons.Select(r => new OrderCheckReason(r.Key, BlockReasonText.Describe(r, TurnCulture.English)))];

    private static OrderCheckFigures Figures(Money order, Money exposure, Money? limit, Money overdue)
    {
        var after = exposure + order;
        return new OrderCheckFigures(order.Currency.Code, order.Amount, exposure.Amount, after.Amount, limit?.Amount, limit is { } l ? (l - after).Amount : null, overdue.Amount);
    }
}
