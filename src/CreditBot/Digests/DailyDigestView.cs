using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Digests;
using CreditBot.Domain.Exposures;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;

namespace CreditBot.Digests;

/// <summary>
/// What one credit manager's daily digest shows, worked out from their portfolio (the clients of their business
/// units, or every client): the domain's <see cref="DailyOverdueDigest"/> since the previous business day, plus old
/// disputes, clients over their limit, orders waiting for a decision, and the "to chase today" list ranked by open
/// amount × days past due.
/// </summary>
public sealed record DailyDigestView(
    string RecipientName,
    IReadOnlyList<string> BusinessUnits,
    DailyOverdueDigest Digest,
    IReadOnlyList<DailyDigestView.Line> NewlyOverdue,
    IReadOnlyList<DailyDigestView.Line> Crossed,
    IReadOnlyList<DailyDigestView.Line> BrokenPromises,
    IReadOnlyList<DailyDigestView.Line> OldDisputes,
    IReadOnlyList<DailyDigestView.OverLimit> OverLimitClients,
    IReadOnlyList<DailyDigestView.WaitingOrder> WaitingOrders,
    IReadOnlyList<DailyDigestView.Line> ToChase,
    Money? PreviousTotalOverdue,
    DateOnly? PreviousDigestDate,
    DataFreshness Freshness,
    int OldDisputeDays)
{
    /// <summary>An open item as a digest line: client, item, open amount, days past due, and what moved.</summary>
    public sealed record Line(ClientCode Client, string ClientName, string Number, Money Open, int DaysPastDue, int? CrossedDays = null, DateOnly? PromisedFor = null)
    {
        /// <summary>The "to chase" rank: open amount × days past due (a large old item first).</summary>
        public decimal Weight => Open.Amount * DaysPastDue;
    }

    public sealed record OverLimit(ClientCode Client, string ClientName, Money Exposure, Money Limit, Money Excess);

    public sealed record WaitingOrder(ClientCode Client, string ClientName, string Number, Money Amount, int DaysWaiting, IReadOnlyList<string> ReasonKeys);

    /// <summary>Change of the total overdue since the previous digest; null for the first digest.</summary>
    public Money? Change => PreviousTotalOverdue is { } previous && previous.Currency == Digest.TotalOverdue.Currency
        ? Digest.TotalOverdue - previous
        : null;

    /// <summary>
    /// Builds the view from the recipient's clients with their open items and open orders, the blocked orders nobody
    /// decided yet (client code, order number, reason keys), as of <paramref name="businessDate"/>; what moved is what
    /// moved since <paramref name="previousBusinessDay"/> (Friday for a Monday); <paramref name="previous"/> is the
    /// previous digest's date and total overdue, for the change.
    /// </summary>
    public static DailyDigestView Build(
        string recipientName,
        IReadOnlyList<string> businessUnits,
        IReadOnlyList<(Client Client, IReadOnlyList<OpenItem> Items, IReadOnlyList<Order> Orders)> portfolio,
        IReadOnlyList<(string Client, string Order, IReadOnlyList<string> ReasonKeys)> waiting,
        DateOnly businessDate,
        DateOnly previousBusinessDay,
        Currency currency,
        DataFreshness freshness,
        (DateOnly Date, Money TotalOverdue)? previous,
        int chaseListLength,
        int oldDisputeDays)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(waiting);
        var names = portfolio.ToDictionary(p => p.Client.Code, p => p.Client.Name);
        var items = portfolio.SelectMany(p => p.Items).Where(i => i.Open.Currency == currency).ToList();
        var digest = DailyOverdueDigest.Compose(items, [], businessDate, currency, previousBusinessDay);

        Line LineOf(OpenItem item, int? crossed = null, DateOnly? promised = null) =>
            new(item.Client, names.GetValueOrDefault(item.Client, item.Client.Value), item.Number, item.Open, Math.Max(0, AgedBalance.DaysPast(item, businessDate)), crossed, promised);

        var overdue = items.Where(i => i.Open.IsPositive && AgedBalance.DaysPast(i, businessDate) > 0).ToList();
        var overLimit = new List<OverLimit>();
        foreach (var (client, clientItems, orders) in portfolio)
        {
            if (client.Limit is null || client.Currency != currency)
            {
                continue;
            }

            var exposure = Exposure.Of(client, clientItems, orders, businessDate);
            if (exposure.Excess is { IsPositive: true } excess)
            {
                overLimit.Add(new OverLimit(client.Code, client.Name, exposure.Exposure, client.Limit.Amount, excess));
            }
        }

        var orderIndex = portfolio.SelectMany(p => p.Orders).ToDictionary(o => (o.Client.Value, o.Number), o => o);
        var waitingOrders = waiting
            .Where(w => orderIndex.ContainsKey((w.Client, w.Order)))
            .Select(w => (Order: orderIndex[(w.Client, w.Order)], w.ReasonKeys))
            .Select(w => new WaitingOrder(w.Order.Client, names.GetValueOrDefault(w.Order.Client, w.Order.Client.Value), w.Order.Number, w.Order.Amount,
                Math.Max(0, businessDate.DayNumber - w.Order.Date.DayNumber), w.ReasonKeys))
            .OrderByDescending(o => o.DaysWaiting)
            .ThenByDescending(o => o.Amount.Amount)
            .ToList();

        return new DailyDigestView(
            recipientName,
            businessUnits,
            digest,
            [.. digest.NewlyOverdue.Select(n => LineOf(n.Item))],
            [.. digest.Ageing.Where(a => !a.To.IsNotDue && a.To.FromDays > 1).Select(a => LineOf(a.Item, crossed: a.To.FromDays - 1))],
            [.. digest.BrokenPromises.Select(b => LineOf(b.Item, promised: b.PromisedFor))],
            [.. overdue.Where(i => i.Disputed && AgedBalance.DaysPast(i, businessDate) >= oldDisputeDays)
                .OrderByDescending(i => AgedBalance.DaysPast(i, businessDate)).Select(i => LineOf(i))],
            [.. overLimit.OrderByDescending(o => o.Excess.Amount)],
            waitingOrders,
            [.. overdue.Where(i => !i.Disputed).Select(i => LineOf(i)).OrderByDescending(l => l.Weight).ThenBy(l => l.Number, StringComparer.Ordinal).Take(chaseListLength)],
            previous?.TotalOverdue,
            previous?.Date,
            freshness,
            oldDisputeDays);
    }
}

/// <summary>How fresh the ledger behind a digest is: when it was imported, the date of its data, and whether that is too old.</summary>
public sealed record DataFreshness(DateTimeOffset? ImportedAt, DateOnly? DataAsOf, bool Stale, int StaleAfterHours);
