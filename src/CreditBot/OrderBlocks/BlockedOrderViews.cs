using CreditBot.Company;
using CreditBot.Domain.Dso;
using CreditBot.Domain.Exposures;
using CreditBot.Domain.Orders;
using CreditBot.Storage;

namespace CreditBot.OrderBlocks;

/// <summary>Builds <see cref="BlockedOrderView"/>: the stored block beside the client's figures read again from the ledger.</summary>
public sealed class BlockedOrderViews(LedgerStore ledger, OrderBook orderBook, OrderBlockRouting routing, OrderBlockEvaluator evaluator, CompanyClock clock)
{
    public BlockedOrderView For(OrderBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var asOf = ledger.FindSnapshot()?.AsOf ?? clock.Today;
        var client = ledger.FindClient(block.Client);
        var items = client is null ? [] : ledger.OpenItemsOf(block.Client);
        ExposureResult? now = null;
        PaymentBehaviour? behaviour = null;
        Domain.Receivables.Payment? lastPayment = null;
        if (client is not null)
        {
            try
            {
                now = Exposure.Of(client, items, orderBook.Of(block.Client, keep: block.OrderNumber), asOf, new ExposureOptions { BlockRules = evaluator.Rules });
                var payments = ledger.PaymentsOf(block.Client);
                behaviour = PaymentBehaviour.Of(payments, asOf, client.Currency);
                lastPayment = payments.Where(p => p.Date <= asOf).MaxBy(p => p.Date);
            }
            catch (Domain.CurrencyMismatchException)
            {
                // Mixed currencies: the card shows the block as stored, without today's figures.
            }
        }

        var approvers = routing.ApproversOf(block).Select(p => (p.ObjectId, p.Name ?? p.Upn ?? p.ObjectId)).ToList();
        var forward = routing.Approvers(block).Select(p => (p.ObjectId, p.Name ?? p.Upn ?? p.ObjectId)).ToList();
        var salesperson = routing.SalespersonObjectId(block) is { } oid ? routing.Entry(oid)?.Name : null;
        return new BlockedOrderView(
            block,
            client,
            now,
            items,
            behaviour,
            lastPayment,
            routing.RequiredLevel(block),
            routing.Matrix(block.OrderAmount.Currency),
            salesperson ?? block.Salesperson,
            approvers,
            forward,
            asOf)
        {
            OrderDate = client is null ? null : ledger.OrdersOf(block.Client).FirstOrDefault(o => string.Equals(o.Number, block.OrderNumber, StringComparison.Ordinal))?.Date,
        };
    }

    /// <summary>The client's name as the master has it, else its code.</summary>
    public string ClientName(OrderBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return ledger.FindClient(block.Client)?.Name ?? block.Client.Value;
    }
}
