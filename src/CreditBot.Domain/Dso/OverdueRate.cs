using CreditBot.Domain.Receivables;

namespace CreditBot.Domain.Dso;

/// <summary>
/// Overdue rate (taux d'échu): open amount past due ÷ total open receivables, in percent; restricted to items more
/// than <see cref="BeyondDays"/> days past due for an "old debt" ratio. Null when there is nothing open.
/// </summary>
public sealed record OverdueRate(decimal? Percent, Money Overdue, Money Total, int BeyondDays)
{
    public static OverdueRate Of(Money overdue, Money total, int beyondDays = 0)
    {
        _ = overdue + total;
        decimal? percent = total.IsPositive ? overdue.Amount * 100m / total.Amount : null;
        return new OverdueRate(percent, overdue, total, beyondDays);
    }

    /// <summary>From open items at <paramref name="asOf"/>: items more than <paramref name="beyondDays"/> days past due.</summary>
    public static OverdueRate Of(
        IEnumerable<OpenItem> openItems,
        DateOnly asOf,
        Currency currency,
        int beyondDays = 0)
    {
        ArgumentNullException.ThrowIfNull(openItems);
        var items = openItems.ToList();
        var total = Money.Sum(items.Select(item => item.Open), currency);
        var overdue = Money.Sum(
            items.Where(item => AgedBalance.DaysPast(item, asOf) > beyondDays).Select(item => item.Open),
            currency);
        return Of(overdue, total, beyondDays);
    }

    public decimal? Rounded(int decimals) =>
        Percent is { } percent ? Math.Round(percent, decimals, MidpointRounding.AwayFromZero) : null;
}
