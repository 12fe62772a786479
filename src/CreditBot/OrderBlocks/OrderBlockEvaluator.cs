using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Exposures;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;
using Microsoft.Extensions.Options;

namespace CreditBot.OrderBlocks;

/// <summary>Runs the block rules, with the configured thresholds, on one order against its client's items and orders.</summary>
public sealed class OrderBlockEvaluator(IOptions<OrderBlockOptions> options)
{
    public BlockRuleOptions Rules { get; } = options.Value.Rules;

    /// <summary>
    /// The evaluation of <paramref name="order"/>, or null when its amounts are not all in the client's currency (the
    /// rules cannot add them up: the order is left to people, and logged by the caller).
    /// </summary>
    public OrderBlockEvaluation? Evaluate(Client client, IReadOnlyList<OpenItem> items, IReadOnlyList<Order> orders, Order order, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(order);
        try
        {
            var decision = BlockRules.Evaluate(client, items, orders, order, asOf, Rules);
            var exposure = Exposure.Of(client, items, orders.Where(o => o.Number != order.Number), asOf, new ExposureOptions { BlockRules = Rules });
            return new OrderBlockEvaluation
            {
                Client = client.Code,
                OrderNumber = order.Number,
                OrderAmount = order.Amount,
                Decision = decision,
                AsOf = asOf,
                Exposure = exposure.Exposure,
                Overdue = exposure.Overdue,
                Limit = client.Limit?.Amount,
                Salesperson = client.Salesperson,
                BusinessUnit = client.BusinessUnit,
            };
        }
        catch (CurrencyMismatchException)
        {
            return null;
        }
    }
}
