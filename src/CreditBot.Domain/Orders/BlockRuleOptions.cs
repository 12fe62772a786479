namespace CreditBot.Domain.Orders;

/// <summary>
/// Thresholds of the overdue rule: an order is blocked when the open amount of items more than
/// <see cref="OverdueDaysTolerance"/> days past due exceeds <see cref="OverdueAmountTolerance"/>
/// (an amount and an age, not a count of invoices). The defaults block on any overdue amount.
/// </summary>
public sealed record BlockRuleOptions
{
    public static BlockRuleOptions Default { get; } = new();

    /// <summary>Overdue amount (in the client's currency) tolerated before blocking.</summary>
    public decimal OverdueAmountTolerance { get; init; }

    /// <summary>Days past due tolerated before an item counts for the overdue rule.</summary>
    public int OverdueDaysTolerance { get; init; }

    /// <summary>Whether disputed items count for the overdue rule.</summary>
    public bool CountDisputedOverdue { get; init; } = true;
}
