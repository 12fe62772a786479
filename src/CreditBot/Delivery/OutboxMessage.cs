namespace CreditBot.Delivery;

/// <summary>
/// One proactive message: its idempotency key (chosen by the producer, e.g.
/// <c>order:42:decided:&lt;object id&gt;</c>), recipient, payload (the activity as JSON) and delivery state.
/// <see cref="Version"/> guards every change (optimistic concurrency); <see cref="Sequence"/> orders a lane.
/// </summary>
public sealed record OutboxMessage
{
    public required string Key { get; init; }

    public required OutboxRecipient Recipient { get; init; }

    /// <summary>The activity to send, as JSON (a message with its card attachment).</summary>
    public required string Payload { get; init; }

    public OutboxStatus Status { get; init; } = OutboxStatus.Pending;

    public int Attempts { get; init; }

    public DateTimeOffset NextAttemptAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The Connector's id of the sent message (to update or delete it later).</summary>
    public string? ActivityId { get; init; }

    /// <summary>The conversation the message went to (for a person: their 1:1 chat).</summary>
    public string? ConversationId { get; init; }

    /// <summary>Status and error code of the last failed attempt (<c>503</c>, <c>403 ConversationBlockedByUser</c>).</summary>
    public string? LastError { get; init; }

    /// <summary>
    /// When the payload is a card that will change later (an approval, a vote): what it shows, so that once sent the
    /// copy is registered with <see cref="PostedCards.PostedCardUpdater"/> and every later update reaches it.
    /// </summary>
    public PostedCardTag? Card { get; init; }

    /// <summary>Set by the store on enqueue: increasing, so a lane keeps the order of enqueues.</summary>
    public long Sequence { get; init; }

    /// <summary>Set by the store: 1 on enqueue, one more on every saved change.</summary>
    public int Version { get; init; }

    public bool IsTerminal => Status is not (OutboxStatus.Pending or OutboxStatus.Sending or OutboxStatus.Sent);

    public bool IsDone => Status is not (OutboxStatus.Pending or OutboxStatus.Sending);

    public static OutboxMessage Create(string key, OutboxRecipient recipient, string payload, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentException.ThrowIfNullOrWhiteSpace(payload);
        return new OutboxMessage
        {
            Key = key,
            Recipient = recipient,
            Payload = payload,
            NextAttemptAt = at,
            CreatedAt = at,
            UpdatedAt = at,
        };
    }

    /// <summary>Claimed for an attempt: the only state in which a crash can leave a message sent but not recorded.</summary>
    public OutboxMessage Sending(DateTimeOffset at) =>
        this with { Status = OutboxStatus.Sending, Attempts = Attempts + 1, UpdatedAt = at };

    public OutboxMessage Sent(string? activityId, string? conversationId, DateTimeOffset at) =>
        this with { Status = OutboxStatus.Sent, ActivityId = activityId, ConversationId = conversationId, LastError = null, UpdatedAt = at };

    public OutboxMessage Failed(OutboxStatus terminal, string error, DateTimeOffset at) =>
        this with { Status = terminal, LastError = error, UpdatedAt = at };

    public OutboxMessage RetryAt(DateTimeOffset next, string error, DateTimeOffset at) =>
        this with { Status = OutboxStatus.Pending, NextAttemptAt = next, LastError = error, UpdatedAt = at };
}

/// <summary>What a card sent through the outbox shows: see <see cref="PostedCards.PostedCard"/>.</summary>
/// <param name="Kind">What kind of card, such as <c>order-approval</c>.</param>
/// <param name="SubjectId">The id of what it shows (an order, a limit request).</param>
/// <param name="Version">The subject's version the card shows.</param>
/// <param name="Culture">The language it was rendered in, so that updates keep it.</param>
/// <param name="RefreshUserIds">Teams user ids (<c>29:</c>) listed for automatic refresh.</param>
public sealed record PostedCardTag(string Kind, string SubjectId, long Version, string? Culture = null, IReadOnlyList<string>? RefreshUserIds = null);
