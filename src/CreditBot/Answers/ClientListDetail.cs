using CreditBot.Domain;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;

namespace CreditBot.Answers;

/// <summary>What the second line of a client-list row says, by kind of list.</summary>
public abstract record ClientListDetail
{
    private ClientListDetail()
    {
    }

    /// <summary>How many items are overdue and the oldest bucket they reach.</summary>
    public sealed record Overdue(int Items, AgingBucket Oldest) : ClientListDetail;

    /// <summary>Exposure against the limit (null: no credit line).</summary>
    public sealed record OverLimit(Money Exposure, Money? Limit) : ClientListDetail;

    /// <summary>The held order and why.</summary>
    public sealed record BlockedOrder(string OrderNumber, IReadOnlyList<BlockReason> Reasons) : ClientListDetail;
}
