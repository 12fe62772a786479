namespace CreditBot.Delivery.PostedCards;

/// <summary>What happened to one copy in <see cref="PostedCardUpdater.UpdateAllAsync"/>.</summary>
/// <param name="Card">The copy as it was before the update.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="Reason">Error code or status for <see cref="PostedCardOutcome.Failed"/>; null otherwise.</param>
public sealed record PostedCardUpdate(PostedCard Card, PostedCardOutcome Outcome, string? Reason = null);

public enum PostedCardOutcome
{
    /// <summary>Replaced through the Connector (PUT) and recorded.</summary>
    Updated,

    /// <summary>Already showing that version or a newer one: nothing sent.</summary>
    AlreadyCurrent,

    /// <summary>404: the message or conversation is gone; the copy is forgotten.</summary>
    Gone,

    /// <summary>403: the user blocked the bot; the copy is forgotten.</summary>
    BlockedByUser,

    /// <summary>403: the bot is no longer in the conversation; kept, it may be added again.</summary>
    NotInConversation,

    /// <summary>The Connector failed after its retries (or the address is not trusted); kept for the next update.</summary>
    Failed,
}
