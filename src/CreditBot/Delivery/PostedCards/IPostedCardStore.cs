namespace CreditBot.Delivery.PostedCards;

/// <summary>
/// Every posted copy of a card that may change, by subject. A copy is claimed by its unique key (conversation and
/// message id); changes are checked against the entry's <see cref="PostedCard.Revision"/>.
/// </summary>
public interface IPostedCardStore
{
    /// <summary>Registers a copy; false (and nothing changed) when that conversation and message id are already registered.</summary>
    bool Register(PostedCard card);

    /// <summary>The copy posted as that message, or null.</summary>
    PostedCard? Find(string conversationId, string activityId);

    /// <summary>Every copy showing a subject, oldest first.</summary>
    IReadOnlyList<PostedCard> FindAll(string kind, string subjectId);

    /// <summary>
    /// Records that a copy now shows <paramref name="version"/>: true when the stored entry still had
    /// <paramref name="card"/>'s revision (its revision then goes up by one), false when it changed meanwhile or is gone.
    /// </summary>
    bool TryRecordUpdate(PostedCard card, long version, DateTimeOffset at);

    /// <summary>Forgets a copy (its message or conversation is gone); false when it was not registered.</summary>
    bool Remove(string conversationId, string activityId);
}
