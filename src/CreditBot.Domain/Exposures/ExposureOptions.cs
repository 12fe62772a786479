using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;

namespace CreditBot.Domain.Exposures;

/// <summary>Choices that change what exposure counts; each one is echoed in the result's definition.</summary>
public sealed record ExposureOptions
{
    public static ExposureOptions Default { get; } = new();

    public AgingBuckets Buckets { get; init; } = AgingBuckets.Default;

    /// <summary>Disputed items are still owed, so they count by default; their total is shown either way.</summary>
    public bool IncludeDisputed { get; init; } = true;

    /// <summary>Prepayment orders carry no credit risk, so they are left out by default.</summary>
    public bool IncludePrepaymentOrders { get; init; }

    public BlockRuleOptions BlockRules { get; init; } = BlockRuleOptions.Default;
}
