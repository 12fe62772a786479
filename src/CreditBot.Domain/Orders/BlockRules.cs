using CreditBot.Domain.Clients;
using CreditBot.Domain.Receivables;

namespace CreditBot.Domain.Orders;

/// <summary>
/// When an order must wait for a decision: overdue beyond tolerance, no credit line, exposure + order above the
/// limit, limit review date passed, or a manual block. Prepayment orders are never blocked.
/// </summary>
public static class BlockRules
{
    /// <summary>
    /// Evaluates <paramref name="order"/> for <paramref name="client"/>. <paramref name="openItems"/> and
    /// <paramref name="uninvoicedOrders"/> are the client's (others are ignored); the order itself is not counted
    /// twice if it appears among them. Exposure counts every open item and non-prepayment order.
    /// </summary>
    public static BlockDecision Evaluate(
        Client client,
        IEnumerable<OpenItem> openItems,
        IEnumerable<Order> uninvoicedOrders,
        Order order,
        DateOnly asOf,
        BlockRuleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(openItems);
        ArgumentNullException.ThrowIfNull(uninvoicedOrders);
        ArgumentNullException.ThrowIfNull(order);

        if (order.Prepayment)
        {
            return new BlockDecision([], BlockExemption.Prepayment);
        }

        var items = openItems.Where(item => item.Client == client.Code).ToList();
        var others = uninvoicedOrders.Where(other =>
            other.Client == client.Code && !other.Prepayment && other.Number != order.Number);
        var exposure = Money.Sum(items.Select(item => item.Open), client.Currency)
            + Money.Sum(others.Select(other => other.Amount), client.Currency);

        return Decide(client, items, exposure, order.Amount, asOf, options ?? BlockRuleOptions.Default);
    }

    /// <summary>
    /// The client's own status, without a new order: the same rules, the limit rule firing when the current
    /// <paramref name="exposure"/> is already above the limit.
    /// </summary>
    public static BlockDecision ClientStatus(
        Client client,
        IEnumerable<OpenItem> openItems,
        Money exposure,
        DateOnly asOf,
        BlockRuleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(openItems);

        var items = openItems.Where(item => item.Client == client.Code).ToList();
        return Decide(client, items, exposure, Money.Zero(client.Currency), asOf, options ?? BlockRuleOptions.Default);
    }

    private static BlockDecision Decide(
        Client client,
        List<OpenItem> items,
        Money exposure,
        Money orderAmount,
        DateOnly asOf,
        BlockRuleOptions options)
    {
        var reasons = new List<BlockReason>();

        if (OverdueReason(client.Currency, items, asOf, options) is { } overdue)
        {
            reasons.Add(overdue);
        }

        if (client.Limit is not { } limit)
        {
            reasons.Add(new BlockReason.NoCreditLine());
        }
        else
        {
            if (limit.ValidFrom is { } validFrom && validFrom > asOf)
            {
                reasons.Add(new BlockReason.LimitNotYetValid(validFrom));
            }

            var total = exposure + orderAmount;
            if (total > limit.Amount)
            {
                reasons.Add(new BlockReason.LimitExceeded(exposure, orderAmount, limit.Amount, total - limit.Amount));
            }

            if (limit.ReviewDate is { } review && review < asOf)
            {
                reasons.Add(new BlockReason.ReviewDatePassed(review, asOf.DayNumber - review.DayNumber));
            }
        }

        if (client.ManualBlock)
        {
            reasons.Add(new BlockReason.ManualBlock());
        }

        return new BlockDecision(reasons);
    }

    private static BlockReason.OverdueBeyondTolerance? OverdueReason(
        Currency currency,
        List<OpenItem> items,
        DateOnly asOf,
        BlockRuleOptions options)
    {
        var late = items
            .Where(item => options.CountDisputedOverdue || !item.Disputed)
            .Select(item => (Item: item, Days: AgedBalance.DaysPast(item, asOf)))
            .Where(pair => pair.Days > options.OverdueDaysTolerance)
            .ToList();
        var amount = Money.Sum(late.Select(pair => pair.Item.Open), currency);
        var tolerance = new Money(options.OverdueAmountTolerance, currency);

        return late.Count > 0 && amount > tolerance
            ? new BlockReason.OverdueBeyondTolerance(
                amount,
                late.Count(pair => pair.Item.Open.IsPositive),
                late.Max(pair => pair.Days),
                options.OverdueDaysTolerance,
                tolerance)
            : null;
    }
}
