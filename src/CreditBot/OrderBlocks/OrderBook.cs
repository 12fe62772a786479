using CreditBot.Domain.Clients;
using CreditBot.Domain.Orders;
using CreditBot.Storage;

namespace CreditBot.OrderBlocks;

/// <summary>
/// The orders that count in a client's exposure: the order book of the last import less the orders an approver
/// rejected, which will not be delivered (the ERP drops them from its next export; until then they would inflate the
/// exposure and block the client's other orders). Pending blocked orders still count: they may yet be released.
/// </summary>
public sealed class OrderBook(LedgerStore ledger, IOrderBlockStore blocks)
{
    /// <summary>A client's orders that count in its exposure; <paramref name="keep"/> stays in even if rejected (a card about that very order shows the exposure with and without it).</summary>
    public IReadOnlyList<Order> Of(ClientCode client, string? keep = null)
    {
        var orders = ledger.OrdersOf(client);
        if (orders.Count == 0)
        {
            return orders;
        }

        var rejected = blocks.OfClient(client).Where(b => b.State == OrderBlockState.Rejected && b.OrderNumber != keep).Select(b => b.OrderNumber).ToHashSet(StringComparer.Ordinal);
        return rejected.Count == 0 ? orders : [.. orders.Where(o => !rejected.Contains(o.Number))];
    }

    /// <summary>Every client's orders that count, by client.</summary>
    public ILookup<ClientCode, Order> All()
    {
        var rejected = blocks.IdsIn(OrderBlockState.Rejected);
        return ledger.AllOrders().Where(o => !rejected.Contains(OrderBlock.IdOf(o.Client, o.Number))).ToLookup(o => o.Client);
    }
}
