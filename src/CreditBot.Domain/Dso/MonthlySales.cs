namespace CreditBot.Domain.Dso;

/// <summary>Credit sales invoiced in a calendar month (TTC, to compare with TTC receivables).</summary>
public sealed record MonthlySales(int Year, int Month, Money Sales)
{
    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    public int Days(DayCountConvention convention) =>
        convention == DayCountConvention.ThirtyDayMonths ? 30 : DateTime.DaysInMonth(Year, Month);

    /// <summary>Adds the sales of several clients month by month (for a business unit, a country, a salesperson).</summary>
    public static IReadOnlyList<MonthlySales> Combine(IEnumerable<MonthlySales> sales, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(sales);
        return [.. sales
            .GroupBy(month => (month.Year, month.Month))
            .OrderBy(group => group.Key)
            .Select(group => new MonthlySales(
                group.Key.Year, group.Key.Month, Money.Sum(group.Select(month => month.Sales), currency)))];
    }
}
