using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;

namespace CreditBot.Domain.Digests;

/// <summary>
/// What the credit manager's daily digest says, as data: items newly overdue since the previous run, overdue items
/// that moved into an older bucket, broken promises (promise date passed, still open), orders awaiting a decision.
/// The previous run defaults to the day before, so a Monday digest can pass the Friday to cover the weekend.
/// </summary>
public sealed record DailyOverdueDigest(
    DateOnly AsOf,
    DateOnly PreviousRun,
    IReadOnlyList<NewlyOverdueItem> NewlyOverdue,
    IReadOnlyList<AgeingItem> Ageing,
    IReadOnlyList<BrokenPromise> BrokenPromises,
    IReadOnlyList<OrderAwaitingDecision> OrdersAwaitingDecision,
    Money NewlyOverdueAmount,
    Money TotalOverdue)
{
    public bool IsEmpty =>
        NewlyOverdue.Count == 0 && Ageing.Count == 0 && BrokenPromises.Count == 0 && OrdersAwaitingDecision.Count == 0;

    /// <summary>
    /// Composes the digest from open items (credit notes and credit balances are not reported as overdue items)
    /// and the blocked orders still waiting for a decision.
    /// </summary>
    public static DailyOverdueDigest Compose(
        IEnumerable<OpenItem> openItems,
        IEnumerable<(Order Order, BlockDecision Block)> blockedOrders,
        DateOnly asOf,
        Currency currency,
        DateOnly? previousRun = null,
        AgingBuckets? buckets = null)
    {
        ArgumentNullException.ThrowIfNull(openItems);
        ArgumentNullException.ThrowIfNull(blockedOrders);
        var since = previousRun ?? asOf.AddDays(-1);
        if (since >= asOf)
        {
            throw new ArgumentException("The previous run must be before the as-of date.", nameof(previousRun));
        }

        buckets ??= AgingBuckets.Default;
        var owed = openItems.Where(item => item.Open.IsPositive).ToList();

        var newlyOverdue = new List<NewlyOverdueItem>();
        var ageing = new List<AgeingItem>();
        foreach (var item in owed)
        {
            var before = AgedBalance.DaysPast(item, since);
            var now = AgedBalance.DaysPast(item, asOf);
            if (now <= 0)
            {
                continue;
            }

            if (before <= 0)
            {
                newlyOverdue.Add(new NewlyOverdueItem(item, now));
            }
            else if (buckets.IndexOf(before) != buckets.IndexOf(now))
            {
                ageing.Add(new AgeingItem(item, buckets.BucketOf(before), buckets.BucketOf(now), now));
            }
        }

        var broken = owed
            .Where(item => item.PromiseToPay < asOf)
            .Select(item => new BrokenPromise(
                item,
                item.PromiseToPay!.Value,
                asOf.DayNumber - item.PromiseToPay.Value.DayNumber,
                item.PromiseToPay.Value >= since))
            .OrderByDescending(promise => promise.NewlyBroken)
            .ThenBy(promise => promise.PromisedFor)
            .ToList();

        var awaiting = blockedOrders
            .Where(pair => pair.Block.IsBlocked)
            .Select(pair => new OrderAwaitingDecision(pair.Order, pair.Block, Math.Max(0, asOf.DayNumber - pair.Order.Date.DayNumber)))
            .OrderByDescending(order => order.DaysWaiting)
            .ToList();

        return new DailyOverdueDigest(
            asOf,
            since,
            [.. newlyOverdue.OrderByDescending(entry => entry.Item.Open)],
            [.. ageing.OrderByDescending(entry => entry.DaysPastDue)],
            broken,
            awaiting,
            Money.Sum(newlyOverdue.Select(entry => entry.Item.Open), currency),
            Money.Sum(owed.Where(item => AgedBalance.DaysPast(item, asOf) > 0).Select(item => item.Open), currency));
    }
}
