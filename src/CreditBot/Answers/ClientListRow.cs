using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Domain.Exposures;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;

namespace CreditBot.Answers;

/// <summary>One client in a client-list card: who, the key amount the list is sorted by, and the second line.</summary>
public sealed record ClientListRow(ClientCode Code, string Name, Money Amount, ClientListDetail Detail)
{
    /// <summary>A client with overdue items, from its open items and their <c>Exposure.Of</c> result.</summary>
    public static ClientListRow Overdue(Client client, IEnumerable<OpenItem> openItems, ExposureResult exposure)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(exposure);
        var oldest = exposure.AgedBalance.Lines.LastOrDefault(line => !line.Bucket.IsNotDue && line.Amount.IsPositive)
            ?? exposure.AgedBalance.Lines[0];
        return new ClientListRow(
            client.Code,
            client.Name,
            exposure.Overdue,
            new ClientListDetail.Overdue(ExposureCard.OverdueItemCount(client, openItems, exposure), oldest.Bucket));
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
