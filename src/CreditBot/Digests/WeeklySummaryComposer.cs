using CreditBot.Company;
using CreditBot.Domain;
using CreditBot.Domain.Digests;
using CreditBot.Storage;
using CreditBot.Users;
using Microsoft.Extensions.Options;

namespace CreditBot.Digests;

/// <summary>
/// The CFO's weekly summary: one card per person holding the CFO role, on every client, in their language. The run
/// records the count-back DSO and the receivables, so next week's summary shows the change and, four weeks on, the CEI.
/// </summary>
public sealed class WeeklySummaryComposer(
    LedgerStore ledger,
    DigestRunStore runs,
    DailyDigestComposer daily,
    CompanyClock clock,
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
        var previous = runs.FindPrevious(DigestKind.Weekly, businessDate) is { } run
            && run.Figures.FirstOrDefault(f => f.Name == DsoFigure) is { } figure
            ? (run.BusinessDate, figure.Value)
            : ((DateOnly, decimal)?)null;
        var fourWeeksAgo = runs.Recent(DigestKind.Weekly, 8)
            .Where(r => r.BusinessDate.DayNumber <= businessDate.DayNumber - 25 && r.BusinessDate.DayNumber >= businessDate.DayNumber - 35)
            .SelectMany(r => r.Figures.Where(f => f.Name == ReceivablesFigure))
            .Select(f => (Money?)new Money(f.Value, clock.Currency))
            .FirstOrDefault();
        var history = runs.Recent(DigestKind.Weekly, TrendWeeks - 1)
            .Where(r => r.BusinessDate < businessDate)
            .SelectMany(r => r.Figures.Where(f => f.Name == DsoFigure).Select(f => (r.BusinessDate, f.Value)))
            .OrderBy(p => p.BusinessDate)
            .ToList();
        return WeeklySummaryView.Build(
            positions,
            businessDate,
            clock.Currency,
            daily.Freshness(settings.WeeklyStaleAfterHours),
            previous,
            fourWeeksAgo,
            settings.DsoTargetDays,
            settings.FinancingRatePercent) with
        { History = history };
    }
}
