using CreditBot.Domain;
using CreditBot.Domain.Digests;
using CreditBot.Domain.Dso;

namespace CreditBot.Digests;

/// <summary>
/// What the CFO's weekly summary shows: the domain's <see cref="WeeklyDsoSummary"/> (count-back DSO overall and by
/// business unit, country and salesperson, the largest overdue clients) with the ratio DSO, best possible DSO,
/// average days delinquent, CEI (when a run four weeks back recorded the receivables), overdue beyond 60 and 90
/// days, the change since last week's run and against the target, and what one day of DSO costs.
/// </summary>
public sealed record WeeklySummaryView(
    WeeklyDsoSummary Summary,
    DsoResult? Ratio,
    DsoResult BestPossible,
    decimal? DaysDelinquent,
    CollectionEffectivenessIndex? Cei,
    OverdueRate Beyond60,
    OverdueRate Beyond90,
    decimal? PreviousDso,
    DateOnly? PreviousDate,
    decimal? TargetDays,
    Money YearSales,
    decimal FinancingRatePercent,
    DataFreshness Freshness)
{
    /// <summary>
    /// Count-back DSO of the weeks before this one (oldest first), for the trend chart: recorded by their weekly run, or
    /// recomputed from the ledger where no run recorded them and the ledger covers them.
    /// </summary>
    public IReadOnlyList<DsoTrendPoint> History { get; init; } = [];

    /// <summary>Weeks of the trend's window with neither a recorded figure nor a ledger that covers them, and why.</summary>
    public IReadOnlyList<PastDsoGap> LeftOut { get; init; } = [];

    /// <summary>The week's order blocks and committee decisions; null leaves the section out.</summary>
    public WeeklyActivity? Week { get; init; }

    /// <summary>Last week's DSO was rebuilt from the ledger (no run recorded it).</summary>
    public bool PreviousRecomputed { get; init; }

    /// <summary>The CEI's receivables four weeks back were rebuilt from the ledger (no run recorded them).</summary>
    public bool CeiBeginningRecomputed { get; init; }

    /// <summary>A salesperson group's key (the ledger's salesperson field) as it reads on the card: the person's name.</summary>
    public IReadOnlyDictionary<string, string> SalespersonNames { get; init; } = new Dictionary<string, string>();

    /// <summary>The trend: the earlier weeks and this one (recorded by this run).</summary>
    public IReadOnlyList<DsoTrendPoint> Trend =>
        Summary.Dso.Rounded(1) is { } now
            ? [.. History.Where(h => h.Week < Summary.AsOf).OrderBy(h => h.Week), new DsoTrendPoint(Summary.AsOf, now, DsoTrendSource.Recorded)]
            : [.. History.OrderBy(h => h.Week)];

    /// <summary>Months of sales behind the ratio DSO and the cost of a day.</summary>
    public const int SalesMonths = 12;

    public decimal? ChangeSinceLastWeek => Summary.Dso.Rounded(1) - PreviousDso;

    public decimal? AgainstTarget => TargetDays is > 0m ? Summary.Dso.Rounded(1) - TargetDays : null;

    /// <summary>One day of DSO ties up a day of sales: the year's sales ÷ 365.</summary>
    public Money OneDayOfSales => new(Math.Round(YearSales.Amount / 365m, 2, MidpointRounding.AwayFromZero), YearSales.Currency);

    /// <summary>What financing that day of sales costs in a year at <see cref="FinancingRatePercent"/>.</summary>
    public Money OneDayYearlyCost => new(Math.Round(YearSales.Amount / 365m * FinancingRatePercent / 100m, 2, MidpointRounding.AwayFromZero), YearSales.Currency);

    public static WeeklySummaryView Build(
        IReadOnlyList<ClientPosition> positions,
        DateOnly asOf,
        Currency currency,
        DataFreshness freshness,
        (DateOnly Date, decimal Dso)? previous,
        Money? receivablesFourWeeksAgo,
        decimal targetDays,
        decimal financingRatePercent)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var summary = WeeklyDsoSummary.Compose(positions, [], asOf, currency, top: 10);
        var items = positions.SelectMany(p => p.OpenItems).Where(i => i.Open.Currency == currency).ToList();
        var receivables = DsoReceivables.From(items, asOf, currency);
        var sales = MonthlySales.Combine(positions.SelectMany(p => p.Sales), currency);
        var from = new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(-(SalesMonths - 1));
        var yearSales = Money.Sum(sales.Where(s => s.FirstDay >= from && s.FirstDay <= asOf).Select(s => s.Sales), currency);
        var ratio = yearSales.IsPositive ? RatioDso.Simple(receivables.Total, yearSales, from, asOf) : null;
        // As the headline: counted back from the as-of date (so an empty ledger gives "no sales", not an error).
        var best = CountBackDso.Compute(receivables.NotDue, sales, DayCountConvention.CalendarDays, receivables.Included, asOf);
        var delinquent = summary.Dso.IsComputed && best.IsComputed && best.DayCount == summary.Dso.DayCount
            ? AverageDaysDelinquent.Of(summary.Dso, best).Days
            : null;

        // CEI over the last month: receivables then (recorded by the run four weeks back), last month's sales, now.
        CollectionEffectivenessIndex? cei = null;
        if (receivablesFourWeeksAgo is { } beginning)
        {
            var lastMonth = new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(-1);
            var monthSales = Money.Sum(sales.Where(s => s.FirstDay == lastMonth).Select(s => s.Sales), currency);
            cei = CollectionEffectivenessIndex.Of(beginning, monthSales, 1, receivables.Total, receivables.NotDue);
        }

        return new WeeklySummaryView(
            summary,
            ratio,
            best,
            delinquent,
            cei,
            OverdueRate.Of(items.Where(i => i.Open.IsPositive), asOf, currency, 60),
            OverdueRate.Of(items.Where(i => i.Open.IsPositive), asOf, currency, 90),
            previous?.Dso,
            previous?.Date,
            targetDays > 0m ? targetDays : null,
            yearSales,
            financingRatePercent,
            freshness);
    }
}
