using CreditBot.Committee;
using CreditBot.Company;
using CreditBot.Domain;
using CreditBot.Domain.Digests;
using CreditBot.Domain.Dso;
using CreditBot.OrderBlocks;
using CreditBot.Storage;
using CreditBot.Users;
using Microsoft.Extensions.Options;

namespace CreditBot.Digests;

/// <summary>
/// The CFO's weekly summary: one card per person holding the CFO role, on every client, in their language. The run
/// records the count-back DSO and the receivables, so next week's summary shows the change and, four weeks on, the CEI;
/// beside them, what the order chain and the committee did in the week (<see cref="WeeklyActivity"/>).
/// </summary>
public sealed class WeeklySummaryComposer(
    LedgerStore ledger,
    DigestRunStore runs,
    DailyDigestComposer daily,
    IOrderBlockStore blocks,
    ILimitRequestStore requests,
    CompanyClock clock,
    PeopleDirectory people,
    IOptions<DigestOptions> options) : IDigestComposer
{
    public const string DsoFigure = "dso-count-back";
    public const string ReceivablesFigure = "receivables";

    /// <summary>Weeks on the trend chart, this one included.</summary>
    public const int TrendWeeks = 13;

    public DigestKind Kind => DigestKind.Weekly;

    public async Task<ComposedDigest> ComposeAsync(DateOnly businessDate, string? onlyFor, CancellationToken cancellationToken)
    {
        var view = Compose(businessDate);
        var messages = new List<DigestMessage>();
        foreach (var (person, _) in await daily.RecipientsAsync(onlyFor, Role.Cfo, cancellationToken))
        {
            var culture = DailyDigestComposer.CultureOf(person);
            messages.Add(new DigestMessage(
                Kind.MessageKey(businessDate, person.ObjectId), person.ObjectId, person.Name, culture,
                WeeklySummaryCard.Render(view, culture), WeeklySummaryCard.Summary(view, culture)));
        }

        var receivables = Domain.Dso.DsoReceivables.From(
            ledger.AllOpenItems().Where(i => i.Open.Currency == clock.Currency), businessDate, clock.Currency);
        List<DigestFigure> figures = [new() { Name = ReceivablesFigure, Value = receivables.Total.Amount }];
        if (view.Summary.Dso.Rounded(1) is { } dso)
        {
            figures.Add(new DigestFigure { Name = DsoFigure, Value = dso });
        }

        var freshness = view.Freshness;
        return new ComposedDigest(messages, freshness.ImportedAt?.UtcDateTime, freshness.DataAsOf, freshness.Stale, figures);
    }

    /// <summary>The summary as of <paramref name="businessDate"/> (also what the command line previews).</summary>
    public WeeklySummaryView Compose(DateOnly businessDate)
    {
        var settings = options.Value;
        var positions = ledger.AllClients()
            .Select(c => new ClientPosition(
                c,
                ledger.OpenItemsOf(c.Code),
                [.. ledger.MonthlySalesOf(c.Code).Select(s => new Domain.Dso.MonthlySales(s.Year, s.Month, s.Sales))]))
            .ToList();
        var freshness = daily.Freshness(settings.WeeklyStaleAfterHours);
        var (history, leftOut) = History(businessDate, freshness);
        var previous = runs.FindPrevious(DigestKind.Weekly, businessDate) is { } run
            && run.Figures.FirstOrDefault(f => f.Name == DsoFigure) is { } figure
            ? (run.BusinessDate, figure.Value)
            : ((DateOnly, decimal)?)null;
        var fourWeeksAgo = runs.Recent(DigestKind.Weekly, 8)
            .Where(r => r.BusinessDate.DayNumber <= businessDate.DayNumber - 25 && r.BusinessDate.DayNumber >= businessDate.DayNumber - 35)
            .SelectMany(r => r.Figures.Where(f => f.Name == ReceivablesFigure))
            .Select(f => (Money?)new Money(f.Value, clock.Currency))
            .FirstOrDefault();

        // Before any run recorded them (the first weeks after installation), last week's DSO and the receivables four weeks
        // back come from the ledger as of those dates, when it covers them; the card says so.
        var previousRecomputed = false;
        if (previous is null && history.FirstOrDefault(p => p.Week == businessDate.AddDays(-7) && p.Source == DsoTrendSource.Recomputed) is { } lastWeek)
        {
            previous = (lastWeek.Week, lastWeek.Dso);
            previousRecomputed = true;
        }

        var beginningRecomputed = false;
        if (fourWeeksAgo is null && history.FirstOrDefault(p => p.Week == businessDate.AddDays(-28) && p.Receivables is not null) is { Receivables: { } then })
        {
            fourWeeksAgo = then;
            beginningRecomputed = true;
        }

        return WeeklySummaryView.Build(
            positions,
            businessDate,
            clock.Currency,
            freshness,
            previous,
            fourWeeksAgo,
            settings.DsoTargetDays,
            settings.FinancingRatePercent) with
        {
            History = history,
            LeftOut = leftOut,
            PreviousRecomputed = previousRecomputed,
            CeiBeginningRecomputed = beginningRecomputed,
            Week = WeeklyActivity.Of(blocks, requests, businessDate, clock.Zone),
            SalespersonNames = positions.Select(p => p.Client.Salesperson).OfType<string>().Distinct(StringComparer.Ordinal)
                .ToDictionary(s => s, people.DisplayNameOf, StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// The <see cref="TrendWeeks"/> − 1 weeks before <paramref name="businessDate"/>, a week apart: the figure a weekly
    /// run recorded that week (within three days of the slot) wins; otherwise the DSO rebuilt from the ledger as of that
    /// date when the ledger covers it (<see cref="PastDso"/>); otherwise the week is left out, with the reason.
    /// </summary>
    private (List<DsoTrendPoint> Points, List<PastDsoGap> LeftOut) History(DateOnly businessDate, DataFreshness freshness)
    {
        var oldest = businessDate.AddDays(-7 * (TrendWeeks - 1));
        var recorded = runs.Recent(DigestKind.Weekly, 4 * TrendWeeks)
            .Where(r => r.BusinessDate < businessDate && r.BusinessDate >= oldest.AddDays(-3))
            .SelectMany(r => r.Figures.Where(f => f.Name == DsoFigure).Select(f => new DsoTrendPoint(r.BusinessDate, f.Value, DsoTrendSource.Recorded)))
            .ToList();
        var points = new List<DsoTrendPoint>();
        var leftOut = new List<PastDsoGap>();
        PastLedger? past = null;
        for (var week = oldest; week < businessDate; week = week.AddDays(7))
        {
            var slot = week;
            if (recorded.Where(p => Math.Abs(p.Week.DayNumber - slot.DayNumber) <= 3 && p.Week < businessDate)
                    .OrderBy(p => Math.Abs(p.Week.DayNumber - slot.DayNumber)).FirstOrDefault() is { } run)
            {
                if (!points.Contains(run))
                {
                    points.Add(run);
                }

                continue;
            }

            past ??= PastLedger.Load(ledger, clock.Currency, freshness.DataAsOf is { } data ? data.AddDays(1) : businessDate);
            var rebuilt = PastDso.At(slot, past.LedgerDate, past.Items, past.Payments, past.Sales, past.Days, clock.Currency);
            if (rebuilt.IsRecomputed && rebuilt.Dso!.Rounded(1) is { } dso)
            {
                points.Add(new DsoTrendPoint(slot, dso, DsoTrendSource.Recomputed, rebuilt.Receivables!.Total));
            }
            else
            {
                leftOut.Add(rebuilt.Gap ?? PastDsoGap.SalesHistoryTooShort);
            }
        }

        return (points, leftOut);
    }

    /// <summary>The whole ledger in the reporting currency, read once for every past week.</summary>
    private sealed record PastLedger(
        DateOnly LedgerDate,
        IReadOnlyCollection<Domain.Receivables.OpenItem> Items,
        IReadOnlyCollection<Domain.Receivables.Payment> Payments,
        IReadOnlyCollection<Domain.Dso.MonthlySales> Sales,
        IReadOnlyCollection<DaySales>? Days)
    {
        public static PastLedger Load(LedgerStore ledger, Currency currency, DateOnly ledgerDate)
        {
            var sales = ledger.AllMonthlySales().Where(s => s.Sales.Currency == currency).ToList();
            return new PastLedger(
                ledgerDate,
                [.. ledger.AllOpenItems().Where(i => i.Open.Currency == currency)],
                [.. ledger.AllPayments().Where(p => p.Amount.Currency == currency)],
                [.. sales.Select(s => new Domain.Dso.MonthlySales(s.Year, s.Month, s.Sales))],
                // Months kept as one total (a store written before days were kept) cannot be cut inside.
                sales.All(s => s.Days is not null) ? [.. sales.SelectMany(s => s.Days!)] : null);
        }
    }
}
