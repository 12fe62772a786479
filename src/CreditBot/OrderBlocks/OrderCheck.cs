using System.Text.Json.Serialization;

namespace CreditBot.OrderBlocks;

/// <summary>What an ERP sends at order entry (<c>POST /api/orders/check</c>); <see cref="OrderId"/> makes a repeat idempotent.</summary>
public sealed record OrderCheckRequest
{
    public string? OrderId { get; init; }

    public string? Client { get; init; }

    public decimal? Amount { get; init; }

    /// <summary>ISO 4217; the client's currency when absent.</summary>
    public string? Currency { get; init; }

    public bool Prepayment { get; init; }
}

/// <summary>
/// The answer: <c>released</c> or <c>blocked</c> (or the decision made since: <c>released-with-conditions</c>,
/// <c>rejected</c>, <c>expired</c>), every reason with its figures, and the figures the check used, as of when.
/// </summary>
public sealed record OrderCheckAnswer
{
    public required string OrderId { get; init; }

    public required string Client { get; init; }

    public required string Status { get; init; }

    /// <summary>The approval request when the order is blocked (or was): id and version.</summary>
    public string? RequestId { get; init; }

    public long? Version { get; init; }

    public required IReadOnlyList<OrderCheckReason> Reasons { get; init; }

    public required OrderCheckFigures Figures { get; init; }

    public OrderCheckDecision? Decision { get; init; }

    public required string AsOf { get; init; }

    public required string Definition { get; init; }
}

public sealed record OrderCheckReason(string Key, string Text);

public sealed record OrderCheckFigures(
    string Currency,
    decimal Order,
    decimal ExposureBefore,
    decimal ExposureAfter,
    decimal? Limit,
    decimal? HeadroomAfter,
    decimal Overdue);

public sealed record OrderCheckDecision(
    string Kind,
    string By,
    DateTimeOffset At,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Comment,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Condition,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RejectReason,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? ReleasedAmount);

/// <summary>One order's state for <c>GET /api/orders/decisions?since=…</c>.</summary>
public sealed record OrderDecisionEntry(
    string RequestId,
    string Client,
    string OrderId,
    string Status,
    long Version,
    DateTimeOffset UpdatedAt,
    OrderCheckDecision? Decision);

/// <summary>The body the ERP's webhook receives: the event's type and id (the outbox key; a repeat has the same), when the order changed, and its entry.</summary>
public sealed record OrderStatusEvent(string Type, string Id, DateTimeOffset OccurredAt, OrderDecisionEntry Order);
