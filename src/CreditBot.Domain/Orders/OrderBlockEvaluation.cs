using CreditBot.Domain.Clients;

namespace CreditBot.Domain.Orders;

/// <summary>
/// What the block rules said about one order on one day, with the figures an approver needs to compare later
/// ("what changed since the block"): the client's exposure without the order, its overdue and its limit.
/// </summary>
public sealed record OrderBlockEvaluation
{
    public required ClientCode Client { get; init; }

    public required string OrderNumber { get; init; }

    public required Money OrderAmount { get; init; }

    public required BlockDecision Decision { get; init; }

    public required DateOnly AsOf { get; init; }

    /// <summary>Exposure without this order (open items and other orders).</summary>
    public required Money Exposure { get; init; }

    public required Money Overdue { get; init; }

    public Money? Limit { get; init; }

    public string? Salesperson { get; init; }

    public string? BusinessUnit { get; init; }

    public string Id => OrderBlock.IdOf(Client, OrderNumber);
}
