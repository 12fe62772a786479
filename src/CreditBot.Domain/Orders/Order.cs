using CreditBot.Domain.Clients;

namespace CreditBot.Domain.Orders;

/// <summary>A confirmed order not yet invoiced: it counts in exposure and can be blocked.</summary>
public sealed record Order
{
    public required ClientCode Client { get; init; }

    public required string Number { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>Amount TTC still to be invoiced.</summary>
    public required Money Amount { get; init; }

    public bool Prepayment { get; init; }

    public DateOnly? PlannedDelivery { get; init; }
}
