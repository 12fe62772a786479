namespace CreditBot.Domain.Dso;

/// <summary>The accounting DSO methods: simple ratio and average receivables over a period of stated length.</summary>
public static class RatioDso
{
    /// <summary>Receivables at the end of the period ÷ credit sales of the period × days in the period.</summary>
    public static DsoResult Simple(
        Money receivables,
        Money sales,
        DateOnly periodStart,
        DateOnly periodEnd,
        decimal? periodDays = null,
        DsoInclusions? included = null) =>
        Ratio(DsoMethod.SimpleRatio, receivables, sales, periodStart, periodEnd, periodDays, included);

    /// <summary>((Opening + closing receivables) ÷ 2) ÷ credit sales of the period × days in the period.</summary>
    public static DsoResult AverageReceivables(
        Money openingReceivables,
        Money closingReceivables,
        Money sales,
        DateOnly periodStart,
        DateOnly periodEnd,
        decimal? periodDays = null,
        DsoInclusions? included = null) =>
        Ratio(
            DsoMethod.AverageReceivables,
            new Money((openingReceivables + closingReceivables).Amount / 2m, closingReceivables.Currency),
            sales,
            periodStart,
            periodEnd,
            periodDays,
            included);

    private static DsoResult Ratio(
        DsoMethod method,
        Money receivables,
        Money sales,
        DateOnly periodStart,
        DateOnly periodEnd,
        decimal? periodDays,
        DsoInclusions? included)
    {
        _ = receivables + sales;
        var days = periodDays ?? (periodEnd.DayNumber - periodStart.DayNumber + 1);
        var computed = sales.IsPositive;
        return new DsoResult(
            method,
            computed ? DsoStatus.Computed : DsoStatus.NoSales,
            computed ? receivables.Amount * days / sales.Amount : null,
            0m,
            receivables,
            sales,
            periodStart,
            periodEnd,
            days,
            null,
            included ?? DsoInclusions.Default,
            []);
    }
}
