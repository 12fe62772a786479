using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Dso;
using CreditBot.Domain.Exposures;
using CreditBot.Domain.Receivables;
using CreditBot.Storage;
using Microsoft.Extensions.Options;

namespace CreditBot.Committee;

/// <summary>Computes a client's <see cref="SynthesisNote"/> from the ledger, with the domain's own rules.</summary>
public sealed class SynthesisNotes(LedgerStore ledger, OrderBlocks.OrderBook orderBook, ILimitRequestStore requests, IOptions<CommitteeOptions> options)
{
    private const int DsoMonths = 12;

    public SynthesisNote For(Client client, Money requested, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(client);
        var openItems = ledger.OpenItemsOf(client.Code);
        var exposure = Exposure.Of(client, openItems, orderBook.Of(client.Code), asOf);
        var behaviour = PaymentBehaviour.Of(ledger.PaymentsOf(client.Code), asOf, client.Currency);
        var margin = options.Value.MarginRate;
        return new SynthesisNote
        {
            AsOf = asOf,
            ClientName = client.Name,
            Country = client.Country,
            BusinessUnit = client.BusinessUnit,
            CurrentLimit = client.Limit?.Amount,
            ReviewDate = client.Limit?.ReviewDate,
            Exposure = exposure.Exposure,
            Headroom = exposure.Headroom,
            Overdue = exposure.Overdue,
            Disputed = exposure.Disputed,
            Aged = SynthesisText.AgedLines(exposure.AgedBalance),
            RecentDaysLate = behaviour.Recent.Weighted,
            PreviousDaysLate = behaviour.Previous.Weighted,
            Trend = behaviour.Trend,
            Dso = Dso(client, openItems, asOf),
            InsurerCover = client.InsurerCover,
            RiskClass = client.RiskClass,
            MarginRate = margin,
            SalesToRecoverLoss = CostOfUnpaid.Of(requested, margin).SalesNeeded,
            History = [.. requests.ForClient(client.Code.Value)
                .Where(r => r.Request.Decision is not null)
                .Select(r => new PastLimitDecision(r.Id, DateOnly.FromDateTime(r.Request.Decision!.DecidedAt.UtcDateTime), r.Request.Decision.Outcome.ToString(), r.Request.Decision.Amount))],
        };
    }

    private decimal? Dso(Client client, IReadOnlyList<OpenItem> openItems, DateOnly asOf)
    {
        var sales = ledger.MonthlySalesOf(client.Code)
            .Where(s => s.Sales.Currency == client.Currency)
            .Select(s => new Domain.Dso.MonthlySales(s.Year, s.Month, s.Sales))
            .Where(s => s.FirstDay >= new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(-(DsoMonths - 1)))
            .ToList();
        if (sales.Count == 0)
        {
            return null;
        }

        var receivables = DsoReceivables.From([.. openItems.Where(i => i.Open.Currency == client.Currency)], asOf, client.Currency);
        var result = CountBackDso.Compute(receivables.Total, sales, asOf: asOf);
        return result.IsComputed ? result.Days : null;
    }
}
