namespace CreditBot.Delivery;

/// <summary>
/// Who a proactive message goes to: a person (Entra object id), a stored conversation (channel, group chat), or a
/// webhook of another system by its registered name (<see cref="Webhooks.WebhookEndpoint"/>).
/// </summary>
public sealed record OutboxRecipient(RecipientKind Kind, string Id)
{
    public static OutboxRecipient Person(string objectId) => new(RecipientKind.Person, objectId);

    public static OutboxRecipient Conversation(string conversationId) => new(RecipientKind.Conversation, conversationId);

    public static OutboxRecipient Webhook(string name) => new(RecipientKind.Webhook, name);

    /// <summary>Messages with the same lane go out one at a time, in the order they were enqueued.</summary>
    public string Lane => Kind switch
    {
        RecipientKind.Person => "person:" + Id,
        RecipientKind.Webhook => "webhook:" + Id,
        _ => "conversation:" + Id,
    };

    /// <summary>Sent through Teams, under its limits (a webhook is not).</summary>
    public bool ThroughTeams => Kind != RecipientKind.Webhook;
}

public enum RecipientKind
{
    Person,
    Conversation,
    Webhook,
}
