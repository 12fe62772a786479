using CreditBot.Digests;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Digests;
using CreditBot.Domain.Receivables;
using CreditBot.Ledger;
using DsoSales = CreditBot.Domain.Dso.MonthlySales;

namespace CreditBot.Tests.Digests;

/// <summary>
/// A hand-made ledger for Monday 30 November 2026 (a month end), worked out by hand with calendar days:
/// <list type="bullet">
/// <item>Nord (W1, FR): 30 000 € due 10 Dec (not due), 10 000 € due 15 Oct (46 days late).</item>
/// <item>Sud (W2, BE): 20 000 € due 20 Dec (not due), 5 000 € due 31 Jul (122 days late).</item>
/// <item>Company sales: November 50 000 €, October 30 000 €, September 20 000 €, December 2025 to August 2026 20 000 € a month
/// (12 months: 280 000 €). W1 has 30 000 / 20 000 / 10 000 / 10 000 a month, W2 20 000 / 10 000 / 10 000 / 10 000.</item>
/// </list>
/// Receivables 65 000 €, 50 000 € not due, 15 000 € overdue (23.1 %), 5 000 € beyond 60 and beyond 90 days.
/// Count-back: November's 50 000 € covers 30 days, 15 000 € of October's 30 000 € covers 15.5 days: DSO 45.5 days.
/// Best possible: 50 000 € not due = November's sales = 30 days; average days delinquent 15.5.
/// Ratio: 65 000 ÷ 280 000 × 365 days (1 Dec 2025 to 30 Nov 2026) = 84.7 days.
/// Nord: 40 000 € → 30 days + 10 000 ÷ 20 000 × 31 = 45.5 days. One DSO day: 280 000 ÷ 365 = 767,12 €, 30,68 € a year at 4 %.
/// </summary>
public static class WeeklySamples
{
    public static DateOnly MonthEnd { get; } = new(2026, 11, 30);

    public static DataFreshness Fresh { get; } = new(new DateTimeOffset(2026, 11, 30, 6, 30, 0, TimeSpan.FromHours(1)), new DateOnly(2026, 11, 29), false, 72);

    public static Client Nord { get; } = new() { Code = new("W1"), Name = "Nord Métal", BusinessUnit = "Nord", Country = "FR", Salesperson = "camille@contoso.example" };

    public static Client Sud { get; } = new() { Code = new("W2"), Name = "Sud Santé", BusinessUnit = "Sud", Country = "BE", Salesperson = "julien@contoso.example" };

    public static IReadOnlyList<OpenItem> Items { get; } =
    [
        Item(Nord, "N-1", new(2026, 11, 10), new(2026, 12, 10), 30_000m),
        Item(Nord, "N-2", new(2026, 9, 15), new(2026, 10, 15), 10_000m),
        Item(Sud, "S-1", new(2026, 11, 20), new(2026, 12, 20), 20_000m),
        Item(Sud, "S-2", new(2026, 7, 1), new(2026, 7, 31), 5_000m),
    ];

    public static IReadOnlyList<MonthlySales> Sales { get; } = [.. SalesOf(Nord, 30_000m, 20_000m, 10_000m, 10_000m), .. SalesOf(Sud, 20_000m, 10_000m, 10_000m, 10_000m)];

    public static LedgerSnapshot Snapshot { get; } = new([Nord, Sud], [Nord, Sud], Items, [], [], Sales);

    public static IReadOnlyList<ClientPosition> Positions { get; } =
        [.. new[] { Nord, Sud }.Select(c => new ClientPosition(c, [.. Items.Where(i => i.Client == c.Code)],
            [.. Sales.Where(s => s.Client == c.Code).Select(s => new DsoSales(s.Year, s.Month, s.Sales))]))];

    /// <summary>
    /// Twelve weeks before the month end: 52.0 days falling by half a day a week to 46.5, the first eight recomputed
    /// from the ledger, the last four recorded by weekly runs.
    /// </summary>
    public static IReadOnlyList<DsoTrendPoint> History { get; } =
        [.. Enumerable.Range(0, 12).Select(i => new DsoTrendPoint(MonthEnd.AddDays(-7 * (12 - i)), 52.0m - (0.5m * i), i < 8 ? DsoTrendSource.Recomputed : DsoTrendSource.Recorded))];

    /// <summary>The summary of the month end; with <c>week</c>, the order blocks and committee decisions of <see cref="WeekSamples.Week"/>.</summary>
    public static WeeklySummaryView View(DataFreshness? freshness = null, decimal? previousDso = null, decimal target = 0m, bool history = false, bool week = false) => WeeklySummaryView.Build(
        Positions, MonthEnd, Currency.Eur, freshness ?? Fresh,
        previousDso is { } p ? (MonthEnd.AddDays(-7), p) : null, null, target, 4m) with
    { History = history ? History : [], Week = week ? WeekSamples.Week : null };

    private static IEnumerable<MonthlySales> SalesOf(Client client, decimal november, decimal october, decimal september, decimal earlier)
    {
        yield return new MonthlySales(client.Code, 2026, 11, Money.Eur(november));
        yield return new MonthlySales(client.Code, 2026, 10, Money.Eur(october));
        yield return new MonthlySales(client.Code, 2026, 9, Money.Eur(september));
        for (var month = new DateOnly(2025, 12, 1); month < new DateOnly(2026, 9, 1); month = month.AddMonths(1))
        {
            yield return new MonthlySales(client.Code, month.Year, month.Month, Money.Eur(earlier));
        }
    }

    private static OpenItem Item(Client client, string number, DateOnly issued, DateOnly due, decimal open) => new()
    {
        Client = client.Code,
        Number = number,
        IssueDate = issued,
        DueDate = due,
        Amount = Money.Eur(open),
        Open = Money.Eur(open),
    };
}
