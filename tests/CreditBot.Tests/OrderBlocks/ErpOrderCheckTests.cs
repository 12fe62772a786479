using System.Net;
using System.Text.Json.Nodes;
using CreditBot.Delivery;
using CreditBot.Domain.Orders;
using CreditBot.OrderBlocks;
using CreditBot.Tests.Support;
using static CreditBot.Tests.OrderBlocks.OrderBlockFixtures;

namespace CreditBot.Tests.OrderBlocks;

public sealed class ErpOrderCheckTests
{
    private const string ErpOrder = "C001|ERP-7001";

    [Fact]
    public async Task Erp_check_blocks_the_card_reaches_the_approver_release_is_clicked_and_the_erp_sees_the_decision()
    {
        await using var webhook = await FakeWebhookReceiver.StartAsync();
        await using var harness = await BlockedOrderHarness.StartAsync(new()
        {
            ["OrderBlocks:WebhookUrl"] = webhook.Url,
            ["OrderBlocks:WebhookSecret"] = FakeWebhookReceiver.Secret,
        });
        webhook.Now = harness.App.Time.GetUtcNow;
        var before = harness.App.Time.GetUtcNow();

        var (status, body) = await harness.ErpAsync(HttpMethod.Post, "/api/orders/check", new { orderId = "ERP-7001", client = "C001", amount = 5000.00m });
        await harness.Delivery.RunUntilAsync(() => harness.CardTo(Claire, ErpOrder) is not null, TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("blocked", (string?)body!["status"]);
        Assert.Equal(ErpOrder, (string?)body["requestId"]);
        Assert.Equal(1, (long?)body["version"]);
        Assert.Contains(body["reasons"]!.AsArray(), r => (string?)r!["key"] == "block.overdue" && ((string?)r["text"])!.Contains("600.00", StringComparison.Ordinal));
        Assert.Equal(5000.00m, (decimal?)body["figures"]!["order"]);
        Assert.Equal(12_600.00m, (decimal?)body["figures"]!["exposureBefore"]);
        var card = harness.CardTo(Claire, ErpOrder)!;
        Assert.Equal(OrderBlockState.PendingDecision, harness.Blocks.Find(ErpOrder)!.State);

        var answer = await harness.InvokeAsync(harness.Click(
            BlockedOrderCard.ReleaseVerb, Claire, BlockedOrderHarness.Data(ErpOrder, 1, "\"comment\":\"OK jusqu'au 30/11\""), replyToId: card.ActivityId));
        await harness.Delivery.RunUntilAsync(
            () => harness.Delivery.Store.Find($"order:{ErpOrder}:decided:v2:{Camille}")?.Status == OutboxStatus.Sent
                && harness.Delivery.Store.Find($"order:{ErpOrder}:erp:v2")?.Status == OutboxStatus.Sent,
            TimeSpan.FromMinutes(1));
        var (_, decisions) = await harness.ErpAsync(HttpMethod.Get, $"/api/orders/decisions?since={Uri.EscapeDataString(before.ToString("O"))}");
        var (_, repeat) = await harness.ErpAsync(HttpMethod.Post, "/api/orders/check", new { orderId = "ERP-7001", client = "C001", amount = 5000.00m });

        Assert.Contains("Libérée par Claire Moreau", answer.CardText, StringComparison.Ordinal);
        Assert.Contains(harness.Delivery.Fake.Requests, r => r.Method == "PUT" && r.ActivityId == card.ActivityId);
        var entry = Assert.Single(decisions!.AsArray(), d => (string?)d!["requestId"] == ErpOrder)!;
        Assert.Equal(("released", "Claire Moreau", "OK jusqu'au 30/11"), ((string?)entry["status"], (string?)entry["decision"]!["by"], (string?)entry["decision"]!["comment"]));
        Assert.Equal(("released", 2L), ((string?)repeat!["status"], (long?)repeat["version"]));
        Assert.Single(harness.Blocks.All(), b => b.Id == ErpOrder);
        Assert.NotEmpty(harness.Blocks.Find(ErpOrder)!.Decision!.Snapshot);

        // The webhook: the block then the release, signed, each once, with the entry the decisions list gives.
        var events = webhook.Acknowledged.Where(r => r.EventId.StartsWith($"order:{ErpOrder}:", StringComparison.Ordinal)).ToList();
        Assert.Equal([$"order:{ErpOrder}:erp:v1", $"order:{ErpOrder}:erp:v2"], events.Select(e => e.EventId));
        Assert.All(events, e => Assert.True(e.SignatureValid, e.Signature));
        var released = JsonNode.Parse(events[1].Body)!;
        Assert.Equal(("order.status", $"order:{ErpOrder}:erp:v2"), ((string?)released["type"], (string?)released["id"]));
        Assert.Equal(entry.ToJsonString(), released["order"]!.ToJsonString());
    }

    [Fact]
    public async Task A_clean_order_is_released_at_once_and_a_repeat_opens_nothing()
    {
        await using var harness = await BlockedOrderHarness.StartAsync();
        await harness.ImportAsync(f002Paid: true, asOf: new DateOnly(2024, 6, 1));
        var outbox = harness.Delivery.Store.List(new OutboxQuery()).Count;

        var (_, first) = await harness.ErpAsync(HttpMethod.Post, "/api/orders/check", new { orderId = "ERP-1", client = "C001", amount = 1000m });
        var (_, again) = await harness.ErpAsync(HttpMethod.Post, "/api/orders/check", new { orderId = "ERP-1", client = "C001", amount = 1000m });

        Assert.Equal(("released", "released"), ((string?)first!["status"], (string?)again!["status"]));
        Assert.Empty(first["reasons"]!.AsArray());
        Assert.Equal(37_000m, (decimal?)first["figures"]!["headroomAfter"]);
        Assert.Null(harness.Blocks.Find("C001|ERP-1"));
        Assert.Equal(outbox, harness.Delivery.Store.List(new OutboxQuery()).Count);
    }

    [Fact]
    public async Task Concurrent_checks_open_one_request_per_erp_order_even_when_an_order_is_sent_twice_at_once()
    {
        await using var harness = await BlockedOrderHarness.StartAsync();
        var before = harness.Delivery.Store.List(new OutboxQuery()).Count;

        var answers = await Task.WhenAll(Enumerable.Range(0, 32).Select(i =>
            harness.ErpAsync(HttpMethod.Post, "/api/orders/check", new { orderId = $"ERP-P{i % 16:D2}", client = "C001", amount = 2000m })));

        Assert.All(answers, a => Assert.Equal((HttpStatusCode.OK, "blocked"), (a.Status, (string?)a.Body!["status"])));
        Assert.Equal(16, answers.Select(a => (string?)a.Body!["requestId"]).Distinct().Count());
        Assert.Equal(16, harness.Blocks.All().Count(b => b.Origin == OrderBlock.FromErp));
        Assert.Equal(16 * 2, harness.Delivery.Store.List(new OutboxQuery()).Count - before);
    }

    [Fact]
    public async Task Without_the_erp_key_nothing_is_checked_and_an_unknown_client_is_a_404()
    {
        await using var harness = await BlockedOrderHarness.StartAsync();

        var (anonymous, _) = await harness.ErpAsync(HttpMethod.Post, "/api/orders/check", new { orderId = "X", client = "C001", amount = 1m }, key: null);
        var (wrong, _) = await harness.ErpAsync(HttpMethod.Post, "/api/orders/check", new { orderId = "X", client = "C001", amount = 1m }, key: "guess");
        var (unknown, _) = await harness.ErpAsync(HttpMethod.Post, "/api/orders/check", new { orderId = "X", client = "C999", amount = 1m });
        var (invalid, _) = await harness.ErpAsync(HttpMethod.Post, "/api/orders/check", new { orderId = "X", client = "C001", amount = -5m });

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (anonymous, wrong));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.BadRequest), (unknown, invalid));
        Assert.Null(harness.Blocks.Find("C001|X"));
    }
}
