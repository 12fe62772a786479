using System.Collections.Concurrent;
using CreditBot.Delivery.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CreditBot.Tests.Support;

/// <summary>
/// A loopback ERP endpoint: <c>POST /hooks/orders</c> records each request (raw body, signature, event id, whether
/// the signature verifies with <see cref="Secret"/>) and answers with the next status of <see cref="Answers"/>
/// (200 once they run out), as a receiver that is down for a while would.
/// </summary>
public sealed class FakeWebhookReceiver : IAsyncDisposable
{
    public const string Secret = "test-webhook-secret-0123456789abcdef";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Received> _received = new();

    private FakeWebhookReceiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = string.Empty;

    public ConcurrentQueue<int> Answers { get; } = new();

    /// <summary>The clock the signature's timestamp is checked against (the app's, when it runs on a fake one).</summary>
    public Func<DateTimeOffset> Now { get; set; } = () => DateTimeOffset.UtcNow;

    public IReadOnlyList<Received> Requests => [.. _received];

    public IReadOnlyList<Received> Acknowledged => [.. _received.Where(r => r.Status is >= 200 and < 300)];

    public static async Task<FakeWebhookReceiver> StartAsync()
    {
        var app = LoopbackHost.Create();
        var receiver = new FakeWebhookReceiver(app);
        app.MapPost("/hooks/orders", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var signature = context.Request.Headers[WebhookSignature.Header].ToString();
            var status = receiver.Answers.TryDequeue(out var next) ? next : 200;
            receiver._received.Enqueue(new Received(
                body,
                signature,
                context.Request.Headers[WebhookSignature.EventIdHeader].ToString(),
                WebhookSignature.Verify(Secret, signature, body, receiver.Now(), TimeSpan.FromMinutes(5)),
                status));
            context.Response.StatusCode = status;
        });
        receiver.Url = await LoopbackHost.StartAsync(app) + "/hooks/orders";
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    public sealed record Received(string Body, string Signature, string EventId, bool SignatureValid, int Status);
}
