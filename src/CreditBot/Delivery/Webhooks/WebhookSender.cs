using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace CreditBot.Delivery.Webhooks;

/// <summary>
/// Posts an outbox message to its <see cref="WebhookEndpoint"/>: the payload as the JSON body, signed at the moment
/// of sending (<see cref="WebhookSignature"/>), the message key as the event id. Any 2xx acknowledges it; anything else
/// (a refusal, a timeout, a redirect, which is never followed) is retried until acknowledged or too old
/// (<see cref="DeliveryOptions.WebhookRetryFor"/>): the receiving system may be down or misconfigured for a while.
/// </summary>
public sealed class WebhookSender(IOptions<WebhookEndpoints> endpoints, IHttpClientFactory clients, TimeProvider time)
{
    public const string ClientName = "CreditBot.Webhooks";

    private readonly Dictionary<string, WebhookEndpoint> _endpoints = endpoints.Value.All.ToDictionary(e => e.Name, StringComparer.Ordinal);

    public bool Knows(string name) => _endpoints.ContainsKey(name);

    public async Task<AttemptResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!_endpoints.TryGetValue(message.Recipient.Id, out var endpoint))
        {
            // The setting was removed since the event was saved: kept waiting, in case it comes back, until too old.
            return new AttemptResult.Retry("no webhook configured for " + message.Recipient.Id, null, Throttled: false);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(message.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(endpoint.Secret, time.GetUtcNow(), message.Payload));
        request.Headers.Add(WebhookSignature.EventIdHeader, message.Key);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return new AttemptResult.Acknowledged(status);
            }

            var error = status.ToString(CultureInfo.InvariantCulture) + (status is >= 300 and < 400 ? " redirect not followed" : string.Empty);
            return new AttemptResult.Retry(error, RetryAfter(response.Headers.RetryAfter), Throttled: false);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or OperationCanceledException)
        {
            return new AttemptResult.Retry(e is HttpRequestException { HttpRequestError: var kind } ? "network " + kind : "timeout", null, Throttled: false);
        }
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } when date > time.GetUtcNow() => date - time.GetUtcNow(),
        _ => null,
    };

    /// <summary>The client: no redirects (the signed body goes only where configured), a bounded wait.</summary>
    public static void Configure(IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureHttpClient((services, c) => c.Timeout = services.GetRequiredService<IOptions<DeliveryOptions>>().Value.WebhookTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
    }
}
