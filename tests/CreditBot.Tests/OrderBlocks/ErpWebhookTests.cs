using CreditBot.Delivery;
using CreditBot.Delivery.Webhooks;
using CreditBot.Tests.Support;
using static CreditBot.Tests.OrderBlocks.OrderBlockFixtures;

namespace CreditBot.Tests.OrderBlocks;

/// <summary>
/// The ERP's webhook (issue 13): every change of an order's status goes through the outbox to a loopback receiver,
/// signed with the shared secret, retried until a 2xx, without holding up the Teams messages.
/// </summary>
public sealed class ErpWebhookTests
{
    private const string Secret = FakeWebhookReceiver.Secret;

    [Fact]
    public async Task A_receiver_that_refuses_for_a_while_gets_the_event_once_it_answers_2xx_and_the_card_does_not_wait()
    {
        await using var webhook = await FakeWebhookReceiver.StartAsync();
        await using var harness = await StartAsync(webhook);
        await SettleWebhookAsync(harness);
        foreach (var status in new[] { 503, 500, 401, 302 })
        {
            webhook.Answers.Enqueue(status);
        }

        await harness.ErpAsync(HttpMethod.Post, "/api/orders/check", new { orderId = "ERP-9001", client = "C001", amount = 5000.00m });
        int? triesWhenCardSent = null;
        OutboxStatus? webhookWhenCardSent = null;
        await harness.Delivery.RunUntilAsync(
            () =>
            {
                if (triesWhenCardSent is null && harness.CardTo(Claire, "C001|ERP-9001") is { Status: OutboxStatus.Sent })
                {
                    triesWhenCardSent = webhook.Requests.Count(r => r.EventId == "order:C001|ERP-9001:erp:v1");
                    webhookWhenCardSent = harness.Delivery.Store.Find("order:C001|ERP-9001:erp:v1")!.Status;
                }

                return harness.Delivery.Store.Find("order:C001|ERP-9001:erp:v1")?.Status == OutboxStatus.Sent;
            },
            TimeSpan.FromHours(1));

        // The card went out while the webhook was still being refused: it did not wait for the ERP's 2xx.
        Assert.Equal(OutboxStatus.Pending, webhookWhenCardSent);
        Assert.InRange(triesWhenCardSent!.Value, 0, 4);
        var tries = webhook.Requests.Where(r => r.EventId == "order:C001|ERP-9001:erp:v1").ToList();
        Assert.Equal([503, 500, 401, 302, 200], tries.Select(t => t.Status));
        Assert.All(tries, t => Assert.True(t.SignatureValid, t.Signature));
        Assert.Equal(5, tries.Select(t => t.Signature).Distinct().Count());
        Assert.Single(tries.Select(t => t.Body).Distinct());
        Assert.Equal(5, harness.Delivery.Store.Find("order:C001|ERP-9001:erp:v1")!.Attempts);
    }

    [Fact]
    public async Task A_receiver_down_longer_than_the_retry_period_leaves_the_event_given_up_and_listed()
    {
        await using var webhook = await FakeWebhookReceiver.StartAsync();
        await using var harness = await StartAsync(webhook, new() { ["Delivery:WebhookRetryFor"] = "00:30:00" });
        await SettleWebhookAsync(harness);
        for (var i = 0; i < 100; i++)
        {
            webhook.Answers.Enqueue(503);
        }

        await harness.ErpAsync(HttpMethod.Post, "/api/orders/check", new { orderId = "ERP-9002", client = "C001", amount = 5000.00m });
        await harness.Delivery.RunUntilAsync(() => harness.Delivery.Store.Find("order:C001|ERP-9002:erp:v1")?.IsDone == true, TimeSpan.FromHours(2));

        var message = harness.Delivery.Store.Find("order:C001|ERP-9002:erp:v1")!;
        Assert.Equal((OutboxStatus.GaveUp, "503"), (message.Status, message.LastError));
        Assert.True(message.UpdatedAt - message.CreatedAt >= TimeSpan.FromMinutes(30));
        Assert.Contains(harness.Delivery.Store.List(new OutboxQuery(FailedOnly: true)), m => m.Key == message.Key);
        Assert.DoesNotContain(webhook.Acknowledged, r => r.EventId == message.Key);
    }

    [Fact]
    public async Task Without_a_webhook_url_no_event_is_kept()
    {
        await using var harness = await BlockedOrderHarness.StartAsync();

        await harness.ErpAsync(HttpMethod.Post, "/api/orders/check", new { orderId = "ERP-9003", client = "C001", amount = 5000.00m });

        Assert.DoesNotContain(harness.Delivery.Store.List(new OutboxQuery()), m => m.Recipient.Kind == RecipientKind.Webhook);
    }

    [Fact]
    public void The_signature_holds_only_for_the_same_secret_body_and_a_recent_time()
    {
        var at = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
        const string body = """{"type":"order.status","id":"order:C001|A:erp:v2"}""";
        var header = WebhookSignature.Sign(Secret, at, body);

        Assert.Matches("^t=[0-9]+,v1=[0-9a-f]{64}$", header);
        Assert.True(WebhookSignature.Verify(Secret, header, body, at.AddMinutes(4), TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify(Secret, header, body.Replace("v2", "v3", StringComparison.Ordinal), at, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify(Secret + "x", header, body, at, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify(Secret, header, body, at.AddMinutes(6), TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify(Secret, "t=abc,v1=00", body, at, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify(Secret, null, body, at, TimeSpan.FromMinutes(5)));
    }

    private static async Task<BlockedOrderHarness> StartAsync(FakeWebhookReceiver webhook, Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["OrderBlocks:WebhookUrl"] = webhook.Url,
            ["OrderBlocks:WebhookSecret"] = Secret,
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        var harness = await BlockedOrderHarness.StartAsync(settings);
        webhook.Now = harness.App.Time.GetUtcNow;
        return harness;
    }

    // The import's events first, so that the answers queued next go to the event under test.
    private static async Task SettleWebhookAsync(BlockedOrderHarness harness)
    {
        if (WebhookPending(harness) > 0)
        {
            await harness.Delivery.RunUntilAsync(() => WebhookPending(harness) == 0, TimeSpan.FromMinutes(1));
        }
    }

    private static int WebhookPending(BlockedOrderHarness harness) =>
        harness.Delivery.Store.List(new OutboxQuery()).Count(m => m.Recipient.Kind == RecipientKind.Webhook && !m.IsDone);
}
