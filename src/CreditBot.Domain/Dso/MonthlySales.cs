namespace CreditBot.Domain.Dso;

/// <summary>Credit sales invoiced in a calendar month (TTC, to compare with TTC receivables).</summary>
public sealed record MonthlySales(int Year, int Month, Money Sales)
{
    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    public int Days(DayCountConvention convention) =>
        convention == DayCountConvention.ThirtyDayMonths ? 30 : DateTime.DaysInMonth(Year, Month);
}
