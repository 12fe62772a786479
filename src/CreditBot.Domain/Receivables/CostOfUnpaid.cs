namespace CreditBot.Domain.Receivables;

/// <summary>
/// What an unpaid invoice really costs: the extra sales needed to earn the lost amount back at a given margin,
/// loss ÷ margin rate (10 000 € lost at a 10 % margin needs 100 000 € of new sales). <see cref="SalesNeeded"/> is
/// rounded up to the cent, and null when the margin is zero or negative (no amount of sales compensates).
/// </summary>
public sealed record CostOfUnpaid(Money Loss, decimal MarginRate, Money? SalesNeeded)
{
    public const string Definition = "Sales needed = unpaid amount ÷ margin rate.";

    /// <param name="loss">The amount lost.</param>
    /// <param name="marginRate">The margin as a fraction of sales: 0.10 for 10 %.</param>
    public static CostOfUnpaid Of(Money loss, decimal marginRate)
    {
        Money? sales = marginRate > 0m
            ? new Money(Math.Ceiling(loss.Amount / marginRate * 100m) / 100m, loss.Currency)
            : null;
        return new CostOfUnpaid(loss, marginRate, sales);
    }
}
