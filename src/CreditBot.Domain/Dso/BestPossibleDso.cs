namespace CreditBot.Domain.Dso;

/// <summary>
/// Best possible DSO: the DSO method in use applied to the not-yet-due receivables only (Hackett Group), so
/// count-back DSO gives count-back BPDSO. Give it the same <c>asOf</c> as the DSO beside it: a month in progress then
/// counts its days so far, as the DSO counts them, not the whole month.
/// </summary>
public static class BestPossibleDso
{
    public static DsoResult CountBack(
        DsoReceivables receivables,
        IEnumerable<MonthlySales> sales,
        DayCountConvention dayCount = DayCountConvention.CalendarDays,
        DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(receivables);
        return CountBackDso.Compute(receivables.NotDue, sales, dayCount, receivables.Included, asOf);
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
