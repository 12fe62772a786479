namespace CreditBot.Domain.Orders;

/// <summary>Whether an order (or a client) is blocked, and every reason why.</summary>
public sealed record BlockDecision(IReadOnlyList<BlockReason> Reasons, BlockExemption Exemption = BlockExemption.None)
{
    public static BlockDecision Clear { get; } = new([]);

    public bool IsBlocked => Reasons.Count > 0;

    public bool Has<TReason>()
        where TReason : BlockReason => Reasons.OfType<TReason>().Any();
}
