using CreditBot.Domain.Clients;

namespace CreditBot.Domain.Orders;

/// <summary>
/// The one truth about a blocked order: its state, the reasons, what was decided, by whom, and every change, each
/// with a new <see cref="Version"/>. Approval cards carry the version they show; a decision on an older version, or
/// after another decision, applies nothing (<see cref="DecideOutcome"/>). Imports re-evaluate it
/// (<see cref="Reevaluate"/>): a decision stands unless the order grew beyond what was released or the release is
/// older than the policy allows.
/// </summary>
public sealed record OrderBlock
{
    public const string SystemDecider = "creditbot";

    public const string FromImport = "import";

    public const string FromErp = "erp";

    public required string Id { get; init; }

    public required ClientCode Client { get; init; }

    public required string OrderNumber { get; init; }

    public required Money OrderAmount { get; init; }

    public required OrderBlockState State { get; init; }

    public required long Version { get; init; }

    /// <summary>How many times an approval was asked for (1 at the first block, one more at each recheck).</summary>
    public required int Round { get; init; }

    /// <summary>Why it is blocked, with the figures, as of the last evaluation that blocked it (kept once ready to release).</summary>
    public required IReadOnlyList<BlockReason> Reasons { get; init; }

    /// <summary>When the current round opened, and the figures at that moment.</summary>
    public required DateTimeOffset BlockedAt { get; init; }

    public required DateOnly BlockedAsOf { get; init; }

    public required Money ExposureAtBlock { get; init; }

    public required Money OverdueAtBlock { get; init; }

    public Money? LimitAtBlock { get; init; }

    public string? Salesperson { get; init; }

    public string? BusinessUnit { get; init; }

    /// <summary>The approver it was forwarded to (object id), when someone forwarded it.</summary>
    public string? AssigneeId { get; init; }

    public string? AssigneeName { get; init; }

    /// <summary>Escalated to the next level (the CFO) in this round, not decided in time.</summary>
    public bool Escalated { get; init; }

    /// <summary>The decision that stands (release, conditional release, rejection), if any.</summary>
    public OrderDecision? Decision { get; init; }

    /// <summary>What a release covered: a later import that shows a bigger order checks it again.</summary>
    public Money? ReleasedAmount { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Where the order came from: an import's orders file, or an ERP asking at order entry.</summary>
    public string Origin { get; init; } = FromImport;

    public IReadOnlyList<OrderBlockEvent> History { get; init; } = [];

    public bool IsOpen => State is OrderBlockState.PendingDecision or OrderBlockState.ReadyToRelease;

    public bool IsDecided => State is OrderBlockState.Released or OrderBlockState.ReleasedWithConditions or OrderBlockState.Rejected;

    public IReadOnlyList<string> ReasonKeys => [.. Reasons.Select(r => r.Key)];

    public static string IdOf(ClientCode client, string orderNumber) => $"{client.Value}|{orderNumber}";

    /// <summary>A new block: version 1, pending decision.</summary>
    public static OrderBlock Open(OrderBlockEvaluation evaluation, DateTimeOffset at, int? runId = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        if (!evaluation.Decision.IsBlocked)
        {
            throw new ArgumentException("Only a blocked order opens a request.", nameof(evaluation));
        }

        var block = new OrderBlock
        {
            Id = evaluation.Id,
            Client = evaluation.Client,
            OrderNumber = evaluation.OrderNumber,
            OrderAmount = evaluation.OrderAmount,
            State = OrderBlockState.PendingDecision,
            Version = 0,
            Round = 1,
            Reasons = evaluation.Decision.Reasons,
            BlockedAt = at,
            BlockedAsOf = evaluation.AsOf,
            ExposureAtBlock = evaluation.Exposure,
            OverdueAtBlock = evaluation.Overdue,
            LimitAtBlock = evaluation.Limit,
            Salesperson = evaluation.Salesperson,
            BusinessUnit = evaluation.BusinessUnit,
        };
        return block.Then(OrderBlockEventKind.Opened, OrderBlockState.PendingDecision, at, runId);
    }

    /// <summary>
    /// Compares a new evaluation of the same order with this block; null when nothing changes (the same reasons,
    /// or a decision that stands). <paramref name="at"/> is now; the policy says when a release is too old.
    /// </summary>
    public OrderBlock? Reevaluate(OrderBlockEvaluation evaluation, OrderBlockPolicy policy, DateTimeOffset at, int? runId = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(policy);
        var blocked = evaluation.Decision.IsBlocked;
        var current = this with
        {
            OrderAmount = evaluation.OrderAmount,
            Salesperson = evaluation.Salesperson,
            BusinessUnit = evaluation.BusinessUnit,
        };

        switch (State)
        {
            case OrderBlockState.PendingDecision when blocked:
                return SameReasons(evaluation) && evaluation.OrderAmount == OrderAmount
                    ? null
                    : (current with { Reasons = evaluation.Decision.Reasons })
                        .Then(OrderBlockEventKind.ReasonsChanged, OrderBlockState.PendingDecision, at, runId);
            case OrderBlockState.PendingDecision:
                var ready = current.Then(OrderBlockEventKind.BecameReady, OrderBlockState.ReadyToRelease, at, runId);
                return policy.AutoReleaseWhenReady ? ready.AutoRelease(at, runId) : ready;
            case OrderBlockState.ReadyToRelease when blocked:
                return (current with { Reasons = evaluation.Decision.Reasons })
                    .Then(OrderBlockEventKind.BlockedAgain, OrderBlockState.PendingDecision, at, runId);
            case OrderBlockState.ReadyToRelease:
                return policy.AutoReleaseWhenReady ? current.AutoRelease(at, runId) : null;
            case OrderBlockState.Released or OrderBlockState.ReleasedWithConditions when blocked:
                var why = ReleasedAmount is { } released && evaluation.OrderAmount > released ? "recheck.grown"
                    : Decision is { } decision && (at - decision.At).TotalDays > policy.RecheckAfterDays ? "recheck.stale"
                    : null;
                return why is null ? null : current.Reopen(evaluation, why, at, runId);
            default:
                // A rejection stands; an expired order that comes back is a new order for the ERP, not this request.
                return null;
        }
    }

    /// <summary>
    /// A pending request not decided in time: reminded once <see cref="OrderBlockPolicy.RemindAfterHours"/> after it
    /// opened, escalated once <see cref="OrderBlockPolicy.EscalateAfterHours"/> after; null when neither is due (or done).
    /// </summary>
    public OrderBlock? Chase(OrderBlockPolicy policy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (State != OrderBlockState.PendingDecision)
        {
            return null;
        }

        var waited = (at - BlockedAt).TotalHours;
        var round = History.Skip(History.ToList().FindLastIndex(e => e.Kind is OrderBlockEventKind.Opened or OrderBlockEventKind.Reopened)).ToList();
        if (!Escalated && waited >= policy.EscalateAfterHours)
        {
            return (this with { Escalated = true, AssigneeId = null, AssigneeName = null })
                .Then(OrderBlockEventKind.Escalated, OrderBlockState.PendingDecision, at, null);
        }

        return !Escalated && waited >= policy.RemindAfterHours && !round.Any(e => e.Kind == OrderBlockEventKind.Reminded)
            ? Then(OrderBlockEventKind.Reminded, OrderBlockState.PendingDecision, at, null)
            : null;
    }

    /// <summary>The order left the order book: an open request expires; a decision stands.</summary>
    public OrderBlock? Expire(DateTimeOffset at, int? runId = null) =>
        IsOpen ? Then(OrderBlockEventKind.Expired, OrderBlockState.Expired, at, runId) : null;

    /// <summary>
    /// Applies a person's decision if the card they clicked showed <paramref name="shownVersion"/> and the order is
    /// still open. Authority and four eyes are checked before, by whoever knows the people.
    /// </summary>
    public DecideOutcome Decide(OrderDecision decision, long shownVersion)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (IsDecided && Decision is { } standing)
        {
            return new DecideOutcome.AlreadyDecided(this, standing);
        }

        if (!IsOpen)
        {
            return new DecideOutcome.NotOpen(this);
        }

        if (shownVersion != Version)
        {
            return new DecideOutcome.StaleVersion(this, shownVersion);
        }

        var decided = decision.Kind switch
        {
            OrderDecisionKind.Release => (this with { Decision = decision, ReleasedAmount = OrderAmount })
                .Then(OrderBlockEventKind.Decided, OrderBlockState.Released, decision.At, null, decision),
            OrderDecisionKind.ReleaseWithConditions => (this with
            {
                Decision = decision,
                ReleasedAmount = decision.Condition?.Kind == ReleaseConditionKind.PartialUpToHeadroom && decision.Condition.Amount is { } part
                    ? part
                    : OrderAmount,
            }).Then(OrderBlockEventKind.Decided, OrderBlockState.ReleasedWithConditions, decision.At, null, decision),
            OrderDecisionKind.Reject => (this with { Decision = decision })
                .Then(OrderBlockEventKind.Decided, OrderBlockState.Rejected, decision.At, null, decision),
            OrderDecisionKind.Forward => (this with { AssigneeId = decision.ForwardTo, AssigneeName = decision.ForwardToName })
                .Then(OrderBlockEventKind.Forwarded, State, decision.At, null, decision),
            _ => throw new ArgumentOutOfRangeException(nameof(decision), decision.Kind, "Unknown decision."),
        };
        return new DecideOutcome.Applied(decided);
    }

    private bool SameReasons(OrderBlockEvaluation evaluation) =>
        Reasons.Select(r => r.Key).SequenceEqual(evaluation.Decision.Reasons.Select(r => r.Key), StringComparer.Ordinal);

    private OrderBlock Reopen(OrderBlockEvaluation evaluation, string why, DateTimeOffset at, int? runId) =>
        (this with
        {
            Reasons = evaluation.Decision.Reasons,
            Round = Round + 1,
            BlockedAt = at,
            BlockedAsOf = evaluation.AsOf,
            ExposureAtBlock = evaluation.Exposure,
            OverdueAtBlock = evaluation.Overdue,
            LimitAtBlock = evaluation.Limit,
            AssigneeId = null,
            AssigneeName = null,
            Escalated = false,
            Decision = null,
            ReleasedAmount = null,
        }).Then(OrderBlockEventKind.Reopened, OrderBlockState.PendingDecision, at, runId, note: why);

    private OrderBlock AutoRelease(DateTimeOffset at, int? runId)
    {
        var decision = new OrderDecision
        {
            Kind = OrderDecisionKind.Release,
            DeciderId = SystemDecider,
            DeciderName = "CreditBot",
            At = at,
            Comment = "auto-release.ready",
        };
        return (this with { Decision = decision, ReleasedAmount = OrderAmount })
            .Then(OrderBlockEventKind.AutoReleased, OrderBlockState.Released, at, runId, decision);
    }

    private OrderBlock Then(
        OrderBlockEventKind kind, OrderBlockState state, DateTimeOffset at, int? runId, OrderDecision? decision = null, string? note = null)
    {
        var version = Version + 1;
        var change = new OrderBlockEvent
        {
            Kind = kind,
            At = at,
            State = state,
            Version = version,
            ReasonKeys = [.. Reasons.Select(r => r.Key)],
            Note = note ?? decision?.Comment,
            Decision = decision,
            RunId = runId,
        };
        return this with { State = state, Version = version, UpdatedAt = at, History = [.. History, change] };
    }
}
