namespace CreditBot.Domain.Dso;

/// <summary>
/// Best possible DSO: the DSO method in use applied to the not-yet-due receivables only (Hackett Group), so
/// count-back DSO gives count-back BPDSO.
/// </summary>
public static class BestPossibleDso
{
    public static DsoResult CountBack(
        DsoReceivables receivables,
        IEnumerable<MonthlySales> sales,
        DayCountConvention dayCount = DayCountConvention.CalendarDays)
    {
        ArgumentNullException.ThrowIfNull(receivables);
        return CountBackDso.Compute(receivables.NotDue, sales, dayCount, receivables.Included);
    }

    public static DsoResult SimpleRatio(
        Money notDueReceivables,
        Money sales,
        DateOnly periodStart,
        DateOnly periodEnd,
        decimal? periodDays = null,
        DsoInclusions? included = null) =>
        RatioDso.Simple(notDueReceivables, sales, periodStart, periodEnd, periodDays, included);
}
