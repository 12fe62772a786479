namespace CreditBot.Delivery.Webhooks;

/// <summary>
/// The webhooks the outbox may post to, filled by the features that own them from their settings
/// (<c>services.AddOptions&lt;WebhookEndpoints&gt;().Configure…</c>). Empty: no webhook.
/// </summary>
public sealed class WebhookEndpoints
{
    public List<WebhookEndpoint> All { get; } = [];
}
