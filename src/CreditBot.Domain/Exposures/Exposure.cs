using CreditBot.Domain.Clients;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;

namespace CreditBot.Domain.Exposures;

/// <summary>Exposure (encours) = open receivables + confirmed orders not yet invoiced.</summary>
public static class Exposure
{
    /// <summary>
    /// Computes the client's exposure at <paramref name="asOf"/> from its open items and uninvoiced orders
    /// (items and orders of other clients are ignored). All amounts must be in the client's currency.
    /// </summary>
    public static ExposureResult Of(
        Client client,
        IEnumerable<OpenItem> openItems,
        IEnumerable<Order> orders,
        DateOnly asOf,
        ExposureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(openItems);
        ArgumentNullException.ThrowIfNull(orders);
        options ??= ExposureOptions.Default;
        var currency = client.Currency;

        var items = openItems.Where(item => item.Client == client.Code).ToList();
        var counted = items.Where(item => options.IncludeDisputed || !item.Disputed).ToList();
        var openOrders = orders
            .Where(order => order.Client == client.Code && (options.IncludePrepaymentOrders || !order.Prepayment))
            .ToList();

        var aged = AgedBalance.Of(counted, asOf, currency, options.Buckets);
        var receivables = aged.Total;
        var ordersTotal = Money.Sum(openOrders.Select(order => order.Amount), currency);
        var exposure = receivables + ordersTotal;
        var headroom = client.Limit is { } limit ? limit.Amount - exposure : (Money?)null;
        var disputed = Money.Sum(items.Where(item => item.Disputed).Select(item => item.Open), currency);
        var block = BlockRules.ClientStatus(client, counted, exposure, asOf, options.BlockRules);

        return new ExposureResult(
            client.Code,
            asOf,
            exposure,
            receivables,
            ordersTotal,
            client.Limit,
            headroom,
            client.InsurerCover,
            aged.Overdue,
            disputed,
            aged,
            block,
            ExposureDefinition.From(options));
    }
}
