namespace CreditBot.Domain.Orders;

/// <summary>
/// One change in an order's block history: what happened, when, the state it led to and the version it made, with
/// the decision (who, why, what they saw) when a person made it, and the reasons when the rules did.
/// </summary>
public sealed record OrderBlockEvent
{
    public required OrderBlockEventKind Kind { get; init; }

    public required DateTimeOffset At { get; init; }

    public required OrderBlockState State { get; init; }

    public required long Version { get; init; }

    /// <summary>Reason keys of the block at that moment.</summary>
    public IReadOnlyList<string> ReasonKeys { get; init; } = [];

    /// <summary>Why the rules acted (<c>recheck.grown</c>, <c>recheck.stale</c>), or a person's comment.</summary>
    public string? Note { get; init; }

    public OrderDecision? Decision { get; init; }

    /// <summary>The import run that caused it, when one did.</summary>
    public int? RunId { get; init; }
}

public enum OrderBlockEventKind
{
    /// <summary>The rules blocked the order: an approval request is open.</summary>
    Opened,

    /// <summary>Still blocked, for other reasons or figures.</summary>
    ReasonsChanged,

    /// <summary>A decided order checked again: it grew beyond its release, or the release is too old.</summary>
    Reopened,

    /// <summary>The reasons are gone.</summary>
    BecameReady,

    /// <summary>Ready to release, then blocked again before anyone released it.</summary>
    BlockedAgain,

    /// <summary>Released by the company setting, once ready.</summary>
    AutoReleased,

    Decided,

    Forwarded,

    Expired,

    /// <summary>Not decided after the configured time: the approvers were reminded (once a round).</summary>
    Reminded,

    /// <summary>Still not decided after the reminder: handed to the next level (the CFO).</summary>
    Escalated,
}
