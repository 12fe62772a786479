namespace CreditBot.Domain.Orders;

/// <summary>Why the block rules were not applied at all.</summary>
public enum BlockExemption
{
    None,

    /// <summary>The order is paid before delivery: no credit is granted, so it is never blocked.</summary>
    Prepayment,
}
