using CreditBot.Domain.Clients;
using CreditBot.Domain.Orders;

namespace CreditBot.OrderBlocks;

/// <summary>
/// One <see cref="OrderBlock"/> per order, with its history; every change is version-checked. Operations made while
/// the engine's transaction is open on this thread join it (LiteDB: <c>CreditDatabase.InTransaction</c>), so a
/// decision, its history and its outbox messages are saved together.
/// </summary>
public interface IOrderBlockStore
{
    OrderBlock? Find(string id);

    IReadOnlyList<OrderBlock> All();

    /// <summary>Every block of one client's orders, whatever its state.</summary>
    IReadOnlyList<OrderBlock> OfClient(ClientCode client);

    /// <summary>Orders waiting for someone: pending decision or ready to release.</summary>
    IReadOnlyList<OrderBlock> Open();

    /// <summary>The ids of the blocks in <paramref name="state"/> (<c>{client}|{order}</c>), without reading the blocks.</summary>
    IReadOnlySet<string> IdsIn(OrderBlockState state);

    /// <summary>The blocks of orders numbered <paramref name="orderNumber"/> (trimmed, any case), of whichever client.</summary>
    IReadOnlyList<OrderBlock> WithOrderNumber(string orderNumber);

    /// <summary>Orders changed at or after <paramref name="since"/>, oldest change first.</summary>
    IReadOnlyList<OrderBlock> ChangedSince(DateTimeOffset since, int max);

    /// <summary>Adds a new block; false, and nothing changes, when the order has one.</summary>
    bool TryAdd(OrderBlock block);

    /// <summary>Saves <paramref name="changed"/> if the stored version is still <paramref name="expectedVersion"/>; false otherwise.</summary>
    bool TrySave(OrderBlock changed, long expectedVersion);
}
