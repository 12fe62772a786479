using CreditBot.Digests;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Dso;
using CreditBot.Domain.Receivables;
using CreditBot.Ledger;
using CreditBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CreditBot.Tests.Digests;

/// <summary>
/// The weekly summary's 13-week trend on a new install: the weeks before any run are recomputed from the ledger where
/// it covers them, and a figure a weekly run recorded wins. The ledgers are steady: one 1 000 € invoice a day, each paid
/// <c>days</c> later, so on any date the receivables are <c>days</c> × 1 000 € and the count-back, on sales of 1 000 €
/// a day, gives exactly <c>days</c> days — as long as it walks only through months the ledger holds whole.
/// </summary>
public sealed class DsoTrendHistoryTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    private static readonly ClientCode Client = new("T1");

    /// <summary>Invoices from <paramref name="start"/> to <see cref="Monday"/>, each paid <paramref name="days"/> days after issue.</summary>
    private static LedgerSnapshot SteadyLedger(DateOnly start, int days)
    {
        var client = new Client { Code = Client, Name = "Tendance SA" };
        var items = new List<OpenItem>();
        var payments = new List<Payment>();
        for (var day = start; day <= Monday; day = day.AddDays(1))
        {
            var number = $"F{day:yyyyMMdd}";
            var paid = day.AddDays(days);
            if (paid <= Monday)
            {
                payments.Add(new Payment { Client = Client, Date = paid, Amount = Money.Eur(1_000m), AllocatedTo = number, ItemIssueDate = day, ItemDueDate = paid });
            }
            else
            {
                items.Add(new OpenItem { Client = Client, Number = number, IssueDate = day, DueDate = paid, Amount = Money.Eur(1_000m), Open = Money.Eur(1_000m) });
            }
        }

        var sales = Enumerable.Range(0, Monday.DayNumber - start.DayNumber + 1)
            .Select(start.AddDays)
            .GroupBy(d => (d.Year, d.Month))
            .Select(month => new CreditBot.Ledger.MonthlySales(Client, month.Key.Year, month.Key.Month, Money.Eur(1_000m * month.Count()))
            {
                Days = [.. month.Select(d => new DaySales(d, Money.Eur(1_000m)))],
            })
            .ToList();
        return new LedgerSnapshot([client], [client], items, payments, [], sales);
    }

    private static WeeklySummaryView Compose(DigestHost host) => host.Services.GetRequiredService<WeeklySummaryComposer>().Compose(Monday);

    private static DigestHost Host(TempFolder folder, LedgerSnapshot ledger)
    {
        var host = DigestHost.Start(folder.File("creditbot.db"), new DateTimeOffset(2026, 11, 30, 7, 0, 0, TimeSpan.Zero));
        host.Seed(ledger, new DateTimeOffset(2026, 11, 30, 5, 30, 0, TimeSpan.Zero));
        return host;
    }

    private static void Record(DigestHost host, DateOnly week, decimal dso) =>
        Assert.True(host.Runs.TryClaim(new DigestRun
        {
            Id = DigestRun.IdOf(DigestKind.Weekly, week),
            Kind = DigestKind.Weekly,
            BusinessDate = week,
            Trigger = "test",
            ClaimedAtUtc = week.ToDateTime(new TimeOnly(7, 0), DateTimeKind.Utc),
            Recipients = [],
            Figures = [new DigestFigure { Name = WeeklySummaryComposer.DsoFigure, Value = dso }],
        }));

    [Fact]
    public void A_new_install_with_20_weeks_of_ledger_gets_13_weekly_points_recomputed_from_it()
    {
        // Oldest week 7 Sep: 30 invoices open (9 Aug – 7 Sep); September's 7 000 € cover 7 days, 23 000 € of August's
        // 31 000 € cover 23 days: 30.0 days. The ledger starts on 13 July, so August is whole.
        using var folder = new TempFolder();
        using var host = Host(folder, SteadyLedger(Monday.AddDays(-140), days: 30));

        var view = Compose(host);

        Assert.Equal(13, view.Trend.Count);
        Assert.Equal([.. Enumerable.Range(0, 13).Select(k => Monday.AddDays(-7 * (12 - k)))], view.Trend.Select(p => p.Week));
        Assert.All(view.Trend.SkipLast(1), p => Assert.Equal((30.0m, DsoTrendSource.Recomputed), (p.Dso, p.Source)));
        Assert.Equal(new DsoTrendPoint(Monday, 30.0m, DsoTrendSource.Recorded), view.Trend[^1]);
        Assert.Empty(view.LeftOut);
    }

    [Fact]
    public void A_new_install_gets_the_change_since_last_week_and_the_CEI_from_the_ledger_and_says_so()
    {
        // Last Monday (23 Nov): 30.0 days recomputed, as today: change 0.0. Four weeks back (2 Nov) 30 invoices were
        // open (4 Oct – 2 Nov): 30 000 €. CEI = (30 000 + October's 31 000 − 30 000 owed now) / (the same − 30 000 not
        // yet due now: nothing is overdue) = 100 %.
        using var folder = new TempFolder();
        using var host = Host(folder, SteadyLedger(Monday.AddDays(-140), days: 30));

        var view = Compose(host);

        Assert.Equal((new DateOnly(2026, 11, 23), 30.0m, true), (view.PreviousDate, view.PreviousDso, view.PreviousRecomputed));
        Assert.Equal(0.0m, view.ChangeSinceLastWeek);
        Assert.True(view.CeiBeginningRecomputed);
        Assert.Equal(Money.Eur(30_000m), view.Cei!.Beginning);
        Assert.Equal(Money.Eur(31_000m), view.Cei.Sales);
        Assert.Equal(100m, view.Cei.Percent);
        var french = WeeklySummaryCard.Data(view, System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), withChart: false).ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("recalculé à partir du grand livre", french, StringComparison.Ordinal);
        Assert.Contains("recalculées à partir du grand livre", french, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recorded_run_of_last_week_is_used_as_recorded()
    {
        using var folder = new TempFolder();
        using var host = Host(folder, SteadyLedger(Monday.AddDays(-140), days: 30));
        Record(host, new DateOnly(2026, 11, 23), 31.4m);

        var view = Compose(host);

        Assert.Equal((new DateOnly(2026, 11, 23), 31.4m, false), (view.PreviousDate, view.PreviousDso, view.PreviousRecomputed));
        Assert.Equal(-1.4m, view.ChangeSinceLastWeek);
    }

    [Fact]
    public void A_figure_recorded_by_a_weekly_run_wins_over_the_recomputation_of_its_week()
    {
        using var folder = new TempFolder();
        using var host = Host(folder, SteadyLedger(Monday.AddDays(-140), days: 30));
        Record(host, new DateOnly(2026, 11, 16), 41.7m);
        Record(host, new DateOnly(2026, 11, 3), 38.2m);

        var view = Compose(host);

        Assert.Equal(13, view.Trend.Count);
        Assert.Equal(
            [new DsoTrendPoint(new DateOnly(2026, 11, 3), 38.2m, DsoTrendSource.Recorded), new DsoTrendPoint(new DateOnly(2026, 11, 16), 41.7m, DsoTrendSource.Recorded)],
            view.Trend.SkipLast(1).Where(p => p.Source == DsoTrendSource.Recorded));
        Assert.DoesNotContain(view.Trend, p => p.Week == new DateOnly(2026, 11, 2));
        Assert.Equal(10, view.Trend.Count(p => p.Source == DsoTrendSource.Recomputed));
    }

    [Fact]
    public void A_ledger_that_starts_5_weeks_ago_gives_only_the_weeks_it_covers_whole()
    {
        // Starts Monday 26 Oct, invoices paid after 3 days: 3 000 € open on any date. 26 Oct and 2 Nov would count back
        // into October, which the ledger holds from the 26th only: left out. 9, 16 and 23 Nov: 3 000 € of November's
        // sales to date: 3.0 days. The seven weeks before 26 Oct are not in the ledger.
        using var folder = new TempFolder();
        using var host = Host(folder, SteadyLedger(Monday.AddDays(-35), days: 3));

        var view = Compose(host);

        var past = view.Trend.SkipLast(1).ToList();
        Assert.InRange(past.Count, 0, 5);
        Assert.All(past, p => Assert.True(p.Week >= Monday.AddDays(-35)));
        Assert.Equal([new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 23)], past.Select(p => p.Week));
        Assert.All(past, p => Assert.Equal((3.0m, DsoTrendSource.Recomputed), (p.Dso, p.Source)));
        Assert.Equal(9, view.LeftOut.Count);
        Assert.Equal(7, view.LeftOut.Count(gap => gap == PastDsoGap.LedgerDoesNotReachBack));
    }

    [Fact]
    public void A_store_whose_payments_lack_issue_dates_recomputes_nothing_and_asks_for_an_import()
    {
        using var folder = new TempFolder();
        var ledger = SteadyLedger(Monday.AddDays(-140), days: 30);
        using var host = Host(folder, ledger with { Payments = [.. ledger.Payments.Select(p => p with { ItemIssueDate = null })] });

        var view = Compose(host);

        Assert.Single(view.Trend);
        Assert.Equal(12, view.LeftOut.Count(gap => gap == PastDsoGap.IssueDatesMissing));
        Assert.Contains("Réimporter", WeeklySummaryCard.TrendNote(view, System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), StringComparison.Ordinal);
    }
}
