namespace CreditBot.Domain.Orders;

/// <summary>What a decision on a blocked order did. Only <see cref="Applied"/> changed anything.</summary>
public abstract record DecideOutcome
{
    private DecideOutcome()
    {
    }

    public sealed record Applied(OrderBlock Block) : DecideOutcome;

    /// <summary>Someone decided first (or the same person clicked twice): their decision stands.</summary>
    public sealed record AlreadyDecided(OrderBlock Block, OrderDecision Decision) : DecideOutcome;

    /// <summary>The card showed an older version (the figures or the approver changed since): nothing applied.</summary>
    public sealed record StaleVersion(OrderBlock Block, long Shown) : DecideOutcome;

    /// <summary>The order left the order book, or was released by the rules: nothing to decide.</summary>
    public sealed record NotOpen(OrderBlock Block) : DecideOutcome;
}
