namespace CreditBot.Domain.Dso;

/// <summary>
/// Count-back DSO (méthode par épuisement du chiffre d'affaires): starting from the closing receivables, take away
/// each month's sales going backwards, adding that month's days, while the remainder exceeds the month's sales;
/// the last month adds remainder ÷ sales × its days. A month with zero or negative sales (or missing) stops it.
/// </summary>
public static class CountBackDso
{
    /// <summary>
    /// Computes the DSO for <paramref name="receivables"/> outstanding at the end of the most recent month in
    /// <paramref name="sales"/> (any order), or at <paramref name="asOf"/> when given: then later months are ignored and
    /// a month still running counts only its elapsed days (its sales being the sales to date).
    /// </summary>
    public static DsoResult Compute(
        Money receivables,
        IEnumerable<MonthlySales> sales,
        DayCountConvention dayCount = DayCountConvention.CalendarDays,
        DsoInclusions? included = null,
        DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(sales);
        included ??= DsoInclusions.Default;
        var byMonth = sales
            .Where(month => asOf is not { } closing || month.FirstDay <= closing)
            .ToDictionary(month => (month.Year, month.Month));
        if (byMonth.Count == 0 && asOf is null)
        {
            throw new ArgumentException("Count-back needs at least one month of sales or an as-of date.", nameof(sales));
        }

        var latest = asOf is { } end ? (end.Year, end.Month) : byMonth.Keys.Max();
        var earliest = byMonth.Count == 0 ? latest : byMonth.Keys.Min();
        var steps = new List<CountBackStep>();
        var remainder = receivables;
        var walked = 0m;
        var totalSales = Money.Zero(receivables.Currency);
        var month = new DateOnly(latest.Year, latest.Month, 1);
        var periodEnd = asOf ?? month.AddMonths(1).AddDays(-1);
        var status = DsoStatus.Computed;

        while (remainder.IsPositive)
        {
            if ((month.Year, month.Month).CompareTo(earliest) < 0)
            {
                status = DsoStatus.SalesHistoryExhausted;
                break;
            }

            var current = byMonth.TryGetValue((month.Year, month.Month), out var found)
                ? found
                : new MonthlySales(month.Year, month.Month, Money.Zero(receivables.Currency));
            if (!current.Sales.IsPositive)
            {
                status = DsoStatus.StoppedAtNonPositiveSales;
                steps.Add(new CountBackStep(month.Year, month.Month, current.Sales, remainder, 0m, Partial: false));
                break;
            }

            var days = DaysCounted(current, dayCount, asOf);
            totalSales += current.Sales;
            if (remainder > current.Sales)
            {
                steps.Add(new CountBackStep(month.Year, month.Month, current.Sales, remainder, days, Partial: false));
                walked += days;
                remainder -= current.Sales;
                month = month.AddMonths(-1);
            }
            else
            {
                var fraction = remainder.Amount / current.Sales.Amount * days;
                steps.Add(new CountBackStep(month.Year, month.Month, current.Sales, remainder, fraction, Partial: true));
                walked += fraction;
                remainder = Money.Zero(receivables.Currency);
            }
        }

        var periodStart = steps.Count > 0 ? new DateOnly(steps[^1].Year, steps[^1].Month, 1) : periodEnd.AddDays(1);
        return new DsoResult(
            DsoMethod.CountBack,
            status,
            status == DsoStatus.Computed ? walked : null,
            walked,
            receivables,
            totalSales,
            periodStart,
            periodEnd,
            walked,
            dayCount,
            included,
            steps);
    }

    private static int DaysCounted(MonthlySales month, DayCountConvention dayCount, DateOnly? asOf) =>
        asOf is { } closing && closing.Year == month.Year && closing.Month == month.Month && closing < month.LastDay
            ? Math.Min(closing.Day, month.Days(dayCount))
            : month.Days(dayCount);
}
