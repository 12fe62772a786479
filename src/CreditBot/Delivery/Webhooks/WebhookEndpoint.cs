namespace CreditBot.Delivery.Webhooks;

/// <summary>
/// An HTTP endpoint of another system (an ERP) that the outbox posts events to, signed with <paramref name="Secret"/>
/// (<see cref="WebhookSignature"/>). Registered by the feature that owns the events, under <paramref name="Name"/>,
/// the id of its <see cref="OutboxRecipient.Webhook"/> recipient.
/// </summary>
public sealed record WebhookEndpoint(string Name, Uri Url, string Secret)
{
    /// <summary>Shortest shared secret accepted (bytes of UTF-8): 32, as long as the HMAC-SHA256 key it becomes.</summary>
    public const int MinSecretLength = 32;

    public override string ToString() => $"{Name} → {Url}";

    /// <summary>
    /// Why a URL and secret from configuration cannot make an endpoint, naming <paramref name="urlKey"/> or
    /// <paramref name="secretKey"/>; null when they can (or when no URL is set: no webhook).
    /// </summary>
    public static string? Problem(string? url, string? secret, string urlKey, string secretKey)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            return $"{urlKey} must be an absolute https URL (http only on loopback).";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return $"{urlKey} must not carry credentials: the events are signed with {secretKey}.";
        }

        return secret is null || System.Text.Encoding.UTF8.GetByteCount(secret) < MinSecretLength
            ? $"{secretKey} must be set, at least {MinSecretLength} characters, when {urlKey} is (keep it out of appsettings.json: an environment variable or a secret store)."
            : null;
    }
}
