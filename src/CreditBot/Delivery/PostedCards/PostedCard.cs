using CreditBot.BotFramework;

namespace CreditBot.Delivery.PostedCards;

/// <summary>
/// One posted copy of a card that may change later (an approval, a vote, a digest): where it is (conversation and
/// message id) and what it shows (kind, subject id and the subject's version). One copy per conversation and message.
/// </summary>
public sealed record PostedCard
{
    /// <summary>Where the copy was posted.</summary>
    public required ConversationReference Conversation { get; init; }

    /// <summary>The message id the Connector gave the copy (<c>ResourceResponse.id</c>).</summary>
    public required string ActivityId { get; init; }

    /// <summary>What kind of card, such as <c>order-approval</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The id of what the card shows, such as an order or a limit request.</summary>
    public required string SubjectId { get; init; }

    /// <summary>The subject's version the copy shows: an update to an older or equal version changes nothing.</summary>
    public required long Version { get; init; }

    /// <summary>The person the copy was posted to (Entra object id), or null in a channel or group chat.</summary>
    public string? RecipientObjectId { get; init; }

    /// <summary>The language it was rendered in (<c>fr-FR</c>, <c>en-US</c>), so updates keep it.</summary>
    public string? Culture { get; init; }

    /// <summary>The Teams user ids (<c>29:</c>) the card lists for automatic refresh: each gets their own view.</summary>
    public IReadOnlyList<string> RefreshUserIds { get; init; } = [];

    /// <summary>When it was posted.</summary>
    public DateTimeOffset PostedAt { get; init; }

    /// <summary>When it was last updated, if ever.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The store's revision of this entry, for optimistic concurrency; a new entry has 0.</summary>
    public long Revision { get; init; }

    /// <summary>The conversation's id.</summary>
    public string ConversationId => Conversation.ConversationId;

    /// <summary>True when <paramref name="userId"/> (a <c>29:</c> id) is listed for its own view.</summary>
    public bool Lists(string? userId) => userId is { Length: > 0 } && RefreshUserIds.Contains(userId, StringComparer.Ordinal);
}
