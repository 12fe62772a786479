using CreditBot.Bot;

namespace CreditBot.Delivery.PostedCards;

/// <summary>
/// Which view a card action gets (conformance §3.7). A user listed in the copy's <c>refresh.userIds</c> gets their
/// own view (Teams refreshes it automatically for them); anyone else, and every reader in a channel, gets the shared
/// view that updates keep current.
/// </summary>
public static class PostedCardViews
{
    /// <summary>The registered copy an action came from (its conversation and the clicked message), or null.</summary>
    public static PostedCard? FindClicked(this IPostedCardStore store, CardAction action)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(action);
        return action.Activity.Conversation?.Id is { Length: > 0 } conversationId && action.CardActivityId is { } activityId
            ? store.Find(conversationId, activityId)
            : null;
    }

    /// <summary>True when the actor gets their own view of <paramref name="copy"/>: they are listed on it.</summary>
    public static bool GetsOwnView(this CardAction action, PostedCard? copy)
    {
        ArgumentNullException.ThrowIfNull(action);
        return copy?.Lists(action.ActorUserId) == true;
    }
}
