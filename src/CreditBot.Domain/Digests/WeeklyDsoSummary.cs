using CreditBot.Domain.Committee;
using CreditBot.Domain.Dso;
using CreditBot.Domain.Receivables;

namespace CreditBot.Domain.Digests;

/// <summary>
/// What the CFO's weekly summary says, as data: count-back DSO overall and its change against a previous figure,
/// DSO and overdue rate by business unit, country and salesperson, the largest overdue clients, and the committee
/// decisions taken. Receivables follow <see cref="DsoInclusions.Default"/>.
/// </summary>
public sealed record WeeklyDsoSummary(
    DateOnly AsOf,
    DsoResult Dso,
    decimal? DsoChange,
    OverdueRate OverdueRate,
    IReadOnlyList<GroupFigures> Groups,
    IReadOnlyList<TopOverdueClient> TopOverdue,
    IReadOnlyList<LimitRequest> Decisions)
{
    /// <param name="clients">Every client with its open items and monthly sales.</param>
    /// <param name="decidedRequests">Limit requests decided during the week (undecided ones are ignored).</param>
    /// <param name="asOf">The date of the summary: receivables at that date, count-back from it.</param>
    /// <param name="currency">The reporting currency; every amount must be in it.</param>
    /// <param name="previousDso">The DSO of the previous summary, for the change.</param>
    /// <param name="top">How many overdue clients to list.</param>
    /// <param name="dayCount">Day-count convention of the count-back.</param>
    public static WeeklyDsoSummary Compose(
        IEnumerable<ClientPosition> clients,
        IEnumerable<LimitRequest> decidedRequests,
        DateOnly asOf,
        Currency currency,
        DsoResult? previousDso = null,
        int top = 5,
        DayCountConvention dayCount = DayCountConvention.CalendarDays)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(decidedRequests);
        var positions = clients.ToList();

        var dso = DsoOf(positions, asOf, currency, dayCount);
        var groups = new List<GroupFigures>();
        foreach (var (kind, key) in new (GroupKind, Func<ClientPosition, string?>)[]
        {
            (GroupKind.BusinessUnit, position => position.Client.BusinessUnit),
            (GroupKind.Country, position => position.Client.Country),
            (GroupKind.Salesperson, position => position.Client.Salesperson),
        })
        {
            groups.AddRange(positions
                .GroupBy(position => key(position) ?? string.Empty, StringComparer.OrdinalIgnoreCase)
                .OrderBy(group => group.Key, StringComparer.OrdinalIgnoreCase)
                .Select(group => new GroupFigures(
                    kind,
                    group.Key,
                    group.Count(),
                    DsoOf([.. group], asOf, currency, dayCount),
                    OverdueRate.Of(group.SelectMany(position => position.OpenItems), asOf, currency))));
        }

        var topOverdue = positions
            .Select(position => (Position: position, Late: position.OpenItems.Where(item => AgedBalance.DaysPast(item, asOf) > 0).ToList()))
            .Select(entry => new TopOverdueClient(
                entry.Position.Client.Code,
                entry.Position.Client.Name,
                Money.Sum(entry.Late.Select(item => item.Open), currency),
                entry.Late.Count == 0 ? 0 : entry.Late.Max(item => AgedBalance.DaysPast(item, asOf))))
            .Where(entry => entry.Overdue.IsPositive)
            .OrderByDescending(entry => entry.Overdue)
            .Take(top)
            .ToList();

        return new WeeklyDsoSummary(
            asOf,
            dso,
            dso.Days - previousDso?.Days,
            OverdueRateOf(positions, asOf, currency),
            groups,
            topOverdue,
            [.. decidedRequests.Where(request => request.IsClosed)]);
    }

    // The same receivables as the DSO beside it, so the summary shows one balance.
    private static OverdueRate OverdueRateOf(List<ClientPosition> positions, DateOnly asOf, Currency currency)
    {
        var receivables = DsoReceivables.From(positions.SelectMany(position => position.OpenItems), asOf, currency);
        return OverdueRate.Of(receivables.Overdue, receivables.Total);
    }

    private static DsoResult DsoOf(List<ClientPosition> positions, DateOnly asOf, Currency currency, DayCountConvention dayCount)
    {
        var receivables = DsoReceivables.From(positions.SelectMany(position => position.OpenItems), asOf, currency);
        var sales = MonthlySales.Combine(positions.SelectMany(position => position.Sales), currency);
        return CountBackDso.Compute(receivables.Total, sales, dayCount, receivables.Included, asOf);
    }
}
