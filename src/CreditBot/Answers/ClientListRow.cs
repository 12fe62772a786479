using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Exposures;
using CreditBot.Domain.Orders;

namespace CreditBot.Answers;

/// <summary>One client in a client-list card: who, the key amount the list is sorted by, and the second line.</summary>
public sealed record ClientListRow(ClientCode Code, string Name, Money Amount, ClientListDetail Detail)
{
    /// <summary>A client with overdue items, from its <c>Exposure.Of</c> result.</summary>
    public static ClientListRow Overdue(Client client, ExposureResult exposure)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(exposure);
        var late = exposure.AgedBalance.Lines.Where(line => !line.Bucket.IsNotDue && line.ItemCount > 0).ToList();
        return new ClientListRow(
            client.Code,
            client.Name,
            exposure.Overdue,
            new ClientListDetail.Overdue(
                late.Sum(line => line.ItemCount),
                late.Count > 0 ? late[^1].Bucket : exposure.AgedBalance.Lines[0].Bucket));
    }

    /// <summary>A client above its limit (or without a line), from its <c>Exposure.Of</c> result.</summary>
    public static ClientListRow OverLimit(Client client, ExposureResult exposure)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(exposure);
        return new ClientListRow(
            client.Code,
            client.Name,
            exposure.Excess ?? exposure.Exposure,
            new ClientListDetail.OverLimit(exposure.Exposure, exposure.Limit?.Amount));
    }

    /// <summary>An order held by <c>BlockRules.Evaluate</c>.</summary>
    public static ClientListRow BlockedOrder(Client client, Order order, BlockDecision decision)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(decision);
        return new ClientListRow(client.Code, client.Name, order.Amount, new ClientListDetail.BlockedOrder(order.Number, decision.Reasons));
    }
}
