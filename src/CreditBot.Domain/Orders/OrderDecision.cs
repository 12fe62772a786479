namespace CreditBot.Domain.Orders;

/// <summary>
/// One approver's decision on a blocked order: who (Entra object id and name), what, why, and what they saw
/// (<see cref="Snapshot"/>: the figures of the card they clicked, as label/value lines, in the order shown).
/// </summary>
public sealed record OrderDecision
{
    public required OrderDecisionKind Kind { get; init; }

    public required string DeciderId { get; init; }

    public required string DeciderName { get; init; }

    public required DateTimeOffset At { get; init; }

    public string? Comment { get; init; }

    /// <summary>Key of the reason chosen from the list for a rejection (<c>reject.overdue-unpaid</c>, …).</summary>
    public string? RejectReason { get; init; }

    public ReleaseCondition? Condition { get; init; }

    /// <summary>For <see cref="OrderDecisionKind.Forward"/>: the approver it goes to (object id).</summary>
    public string? ForwardTo { get; init; }

    public string? ForwardToName { get; init; }

    public IReadOnlyList<string> Snapshot { get; init; } = [];
}
