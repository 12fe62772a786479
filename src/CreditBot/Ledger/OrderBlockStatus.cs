namespace CreditBot.Ledger;

/// <summary>Whether an open order is blocked after an import, and why (the domain's reason keys).</summary>
public sealed record OrderBlockStatus
{
    /// <summary><c>{client}|{order}</c>.</summary>
    public required string Id { get; init; }

    public required string Client { get; init; }

    public required string Order { get; init; }

    public required bool Blocked { get; init; }

    /// <summary>Reason keys of <c>BlockReason</c> (<c>block.overdue</c>, <c>block.limit-exceeded</c>, …).</summary>
    public required string[] Reasons { get; init; }

    /// <summary>Why the rules did not apply (<c>Prepayment</c>), or why the order could not be evaluated.</summary>
    public string? Exemption { get; init; }

    public required DateOnly AsOf { get; init; }

    public required int RunId { get; init; }
}
