namespace CreditBot.Delivery;

/// <summary>Who a proactive message goes to: a person (Entra object id) or a stored conversation (channel, group chat).</summary>
public sealed record OutboxRecipient(RecipientKind Kind, string Id)
{
    public static OutboxRecipient Person(string objectId) => new(RecipientKind.Person, objectId);

    public static OutboxRecipient Conversation(string conversationId) => new(RecipientKind.Conversation, conversationId);

    /// <summary>Messages with the same lane go out one at a time, in the order they were enqueued.</summary>
    public string Lane => Kind == RecipientKind.Person ? "person:" + Id : "conversation:" + Id;
}

public enum RecipientKind
{
    Person,
    Conversation,
}
