using CreditBot.Domain.Receivables;

namespace CreditBot.Domain.Dso;

/// <summary>
/// How late the open items are at a date: Σ(open amount × days past due) ÷ Σ open amount over the items still owed
/// (items not yet due count as 0 days), with the simple average beside it. Credit notes and credit balances are left
/// out. Null averages mean nothing is owed.
/// </summary>
public sealed record AverageDaysOverdue(DateOnly AsOf, decimal? Weighted, decimal? Simple, int Items, Money Owed)
{
    public static AverageDaysOverdue Of(IEnumerable<OpenItem> openItems, DateOnly asOf, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(openItems);
        var owed = openItems
            .Where(item => item.Open.IsPositive)
            .Select(item => (item.Open, Days: (decimal)Math.Max(0, AgedBalance.DaysPast(item, asOf))))
            .ToList();
        return new AverageDaysOverdue(
            asOf,
            PaymentBehaviour.WeightedAverage(owed),
            PaymentBehaviour.SimpleAverage(owed.Select(entry => entry.Days)),
            owed.Count,
            Money.Sum(owed.Select(entry => entry.Open), currency));
    }

    public decimal? Rounded(int decimals) =>
        Weighted is { } weighted ? Math.Round(weighted, decimals, MidpointRounding.AwayFromZero) : null;
}
