namespace CreditBot.Domain.Orders;

/// <summary>Why an order (or a client) is blocked, with the figures that triggered the rule.</summary>
public abstract record BlockReason
{
    private BlockReason()
    {
    }

    /// <summary>A stable key for texts and cards.</summary>
    public abstract string Key { get; }

    /// <summary>
    /// Items more than <paramref name="DaysTolerance"/> days past due add up to more than the tolerated amount.
    /// </summary>
    public sealed record OverdueBeyondTolerance(
        Money Overdue,
        int ItemCount,
        int OldestDaysPastDue,
        int DaysTolerance,
        Money AmountTolerance) : BlockReason
    {
        public override string Key => "block.overdue";
    }

    /// <summary>The client has no credit line.</summary>
    public sealed record NoCreditLine : BlockReason
    {
        public override string Key => "block.no-credit-line";
    }

    /// <summary>The credit line only starts at a later date.</summary>
    public sealed record LimitNotYetValid(DateOnly ValidFrom) : BlockReason
    {
        public override string Key => "block.limit-not-yet-valid";
    }

    /// <summary>Exposure plus this order would go above the limit (a limit of zero means no credit).</summary>
    public sealed record LimitExceeded(Money Exposure, Money Order, Money Limit, Money Excess) : BlockReason
    {
        public override string Key => "block.limit-exceeded";
    }

    /// <summary>The limit was due for review and has not been reviewed.</summary>
    public sealed record ReviewDatePassed(DateOnly ReviewDate, int DaysSince) : BlockReason
    {
        public override string Key => "block.review-date-passed";
    }

    /// <summary>Someone put the client on manual block.</summary>
    public sealed record ManualBlock : BlockReason
    {
        public override string Key => "block.manual";
    }
}
